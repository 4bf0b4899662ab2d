namespace Conformance.Protocol.Rops.Property;

/// <summary>Flags of RopGetPropertyIdsFromNames ([MS-OXCPRPT] 2.2.12.1); other values are kept as sent.</summary>
[Flags]
public enum GetPropertyIdsFromNamesFlags : byte
{
    None = 0x00,

    /// <summary>Register a new property ID for each name that has none yet.</summary>
    Create = 0x02,
}
