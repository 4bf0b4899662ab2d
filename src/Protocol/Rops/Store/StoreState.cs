namespace Conformance.Protocol.Rops.Store;

/// <summary>StoreState of RopLogon and RopGetStoreState ([MS-OXCSTOR] 2.2.1.1.3, 2.2.1.5.2).</summary>
[Flags]
public enum StoreState : uint
{
    None = 0x00000000,

    /// <summary>STORE_HAS_SEARCHES: the mailbox has active search folders.</summary>
    StoreHasSearches = 0x01000000,
}
