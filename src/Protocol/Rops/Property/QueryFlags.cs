namespace Conformance.Protocol.Rops.Property;

/// <summary>QueryFlags of RopQueryNamedProperties ([MS-OXCPRPT] 2.2.9.1); other bits are kept as sent (the server ignores them, 3.2.5.6).</summary>
[Flags]
public enum QueryFlags : byte
{
    None = 0x00,

    /// <summary>Leave out names identified by a string (Kind 0x01).</summary>
    NoStrings = 0x01,

    /// <summary>Leave out names identified by a LID (Kind 0x00).</summary>
    NoIds = 0x02,
}
