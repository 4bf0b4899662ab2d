namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rpc;

/// <summary>
/// Extended buffers ([MS-OXCRPC] 3.1.4.1.1): headers, obfuscation and LZ77 ([MS-OXCRPC] 3.1.7.2). The first byte
/// chooses the whole codec or the LZ77 decompressor alone (then a 2-byte actual size, then compressed bytes).
/// </summary>
public sealed class ExtendedBufferTarget : IFuzzTarget
{
    public string Name => "extended-buffer";

    public string Description => "ExtendedBufferCodec.Decode and Lz77Decompressor (first byte: even = codec, odd = LZ77 alone)";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        if ((input[0] & 1) == 0)
        {
            ExtendedBufferCodec.Decode(input[1..]);
            return;
        }

        // The reader's second argument only numbers offsets in errors; it reads from the span's start.
        var reader = new ProtocolReader(input[1..], 1, "lz77 fuzz input");
        int size = reader.ReadUInt16("SizeActual");
        Lz77Decompressor.Decompress(input[3..], size);
    }
}
