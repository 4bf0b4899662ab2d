namespace Conformance.Protocol.Rops.Stream;

/// <summary>OpenModeFlags of RopOpenStream ([MS-OXCPRPT] 2.2.14.1): one value, not a bit set.</summary>
public enum OpenStreamModeFlags : byte
{
    ReadOnly = 0x00,
    ReadWrite = 0x01,

    /// <summary>Replaces the property's value with an empty read/write stream; needed when the property is not set.</summary>
    Create = 0x02,
}
