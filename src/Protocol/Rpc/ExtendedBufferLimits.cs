namespace Conformance.Protocol.Rpc;

/// <summary>Upper bounds that the extended buffer codec enforces on uncompressed sizes.</summary>
public sealed record ExtendedBufferLimits
{
    /// <summary>
    /// 32 KB per payload ([MS-OXCRPC] 3.1.4.1.1 and 3.1.4.2.1) and at most 0x40000 bytes in all, the
    /// largest rgbOut the BIG_RANGE_ULONG of EcDoRpcExt2 allows ([MS-OXCRPC] 3.1.4.2).
    /// </summary>
    public static ExtendedBufferLimits Default { get; } = new() { MaximumPayloadSize = 0x8000, MaximumTotalSize = 0x40000 };

    /// <summary>Only what the 16-bit fields can express, for peers that exceed the 32 KB rule.</summary>
    public static ExtendedBufferLimits FieldMaximum { get; } = new() { MaximumPayloadSize = ushort.MaxValue, MaximumTotalSize = int.MaxValue };

    /// <summary>The largest SizeActual accepted for one payload.</summary>
    public int MaximumPayloadSize { get; init; }

    /// <summary>The largest sum of SizeActual over all payloads of one buffer; it bounds what decoding allocates.</summary>
    public int MaximumTotalSize { get; init; }
}
