namespace Conformance.Protocol.Rops.Support;

/// <summary>SetColumnsFlags of RopSetColumns: the asynchronous flags of [MS-OXCTABL] 2.2.2.1.4.</summary>
[Flags]
public enum SetColumnsFlags : byte
{
    /// <summary>TBL_SYNC.</summary>
    Synchronous = 0x00,

    /// <summary>TBL_ASYNC.</summary>
    Asynchronous = 0x01,
}
