namespace Conformance.Protocol.Rpc;

/// <summary>How <see cref="ExtendedBufferCodec"/> transforms payloads when it builds extended buffers.</summary>
public sealed record ExtendedBufferOptions
{
    public static ExtendedBufferOptions None { get; } = new();

    /// <summary>Compress each payload; one that does not shrink is sent uncompressed ([MS-OXCRPC] 2.2.2.1).</summary>
    public bool Compress { get; init; }

    /// <summary>Apply the XorMagic obfuscation, after compression ([MS-OXCRPC] 3.1.4.2.1.1.1).</summary>
    public bool Obfuscate { get; init; }

    public ExtendedBufferLimits Limits { get; init; } = ExtendedBufferLimits.Default;
}
