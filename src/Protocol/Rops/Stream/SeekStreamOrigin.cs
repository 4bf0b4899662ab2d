namespace Conformance.Protocol.Rops.Stream;

/// <summary>Origin of RopSeekStream ([MS-OXCPRPT] 2.2.21.1): where Offset is counted from.</summary>
public enum SeekStreamOrigin : byte
{
    /// <summary>The start of the stream.</summary>
    Beginning = 0x00,

    /// <summary>The current seek pointer (with Offset 0, a way to read the pointer).</summary>
    Current = 0x01,

    /// <summary>The end of the stream.</summary>
    End = 0x02,
}
