namespace Conformance.Protocol.Rops.Property;

/// <summary>CopyFlags of RopCopyProperties and RopCopyTo ([MS-OXCPRPT] 2.2.10.1, 2.2.11.1); other bits are kept as sent for the server to reject.</summary>
[Flags]
public enum CopyFlags : byte
{
    None = 0x00,

    /// <summary>Move the properties instead of copying them.</summary>
    Move = 0x01,

    /// <summary>Keep values the destination already has.</summary>
    NoOverwrite = 0x02,
}
