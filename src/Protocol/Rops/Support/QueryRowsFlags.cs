namespace Conformance.Protocol.Rops.Support;

/// <summary>QueryRowsFlags of RopQueryRows ([MS-OXCTABL] 2.2.2.5.1).</summary>
[Flags]
public enum QueryRowsFlags : byte
{
    Advance = 0x00,
    NoAdvance = 0x01,
    EnablePackedBuffers = 0x02,
}
