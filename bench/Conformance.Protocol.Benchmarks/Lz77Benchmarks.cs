namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Attributes;
using Conformance.Protocol.Rpc;

/// <summary>
/// LZ77 + DIRECT2 ([MS-OXCRPC] 3.1.7.2) on a 64 KiB buffer shaped like ROP traffic: property rows
/// with Unicode subjects, 8-bit message classes, times and binaries, so matches are frequent but
/// not trivial. MB/s counts uncompressed bytes for both directions.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class Lz77Benchmarks : IWireSize
{
    public const int Size = 64 * 1024;

    private byte[] input = [];
    private byte[] compressed = [];
    private byte[] output = [];

    [GlobalSetup]
    public void Setup()
    {
        var properties = new GetPropertiesSpecificBenchmarks();
        properties.Setup();
        byte[] row = properties.EncodedResponse;
        input = new byte[Size];
        var random = new Random(20261121);
        for (int at = 0; at < Size; at += row.Length)
        {
            row.AsSpan(0, Math.Min(row.Length, Size - at)).CopyTo(input.AsSpan(at));

            // Vary a few bytes per copy (IDs, times) as real rows differ from one another.
            for (int i = 0; i < 16 && at + i * 37 < Size; i++)
            {
                input[at + (i * 37)] = (byte)random.Next(256);
            }
        }

        output = new byte[Lz77Compressor.MaximumCompressedLength(Size)];
        compressed = Lz77Compressor.Compress(input);
    }

    public double BytesPerOperation(string method) => Size;

    /// <summary>Compressed size over input size, for the report.</summary>
    public double Ratio => (double)compressed.Length / input.Length;

    [Benchmark]
    public int Compress() => Lz77Compressor.Compress(input, output);

    [Benchmark]
    public byte[] Decompress() => Lz77Decompressor.Decompress(compressed, Size);
}
