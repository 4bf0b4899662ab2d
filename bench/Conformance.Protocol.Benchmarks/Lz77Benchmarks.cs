namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Attributes;
using Conformance.Protocol.Rpc;

/// <summary>
/// LZ77 + DIRECT2 ([MS-OXCRPC] 3.1.4.1.1.2) on 64 KiB: <c>RopRows</c> repeats an encoded
/// RopGetPropertiesSpecific response with a few bytes varied per copy (very compressible, like a
/// RopQueryRows batch); <c>Words</c> is UTF-16 text drawn at random from a small vocabulary with
/// random numbers (moderately compressible, like message bodies). MB/s counts uncompressed bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class Lz77Benchmarks : IWireSize
{
    public const int Size = 64 * 1024;

    private static readonly string[] Vocabulary =
    [
        "meeting", "project", "review", "the", "and", "of", "schedule", "Exchange", "mailbox", "folder",
        "please", "attached", "report", "quarterly", "budget", "team", "update", "next", "week", "thanks",
    ];

    private byte[] input = [];
    private byte[] compressed = [];
    private byte[] output = [];
    private byte[] decompressed = [];

    [Params("RopRows", "Words")]
    public string Input { get; set; } = "RopRows";

    [GlobalSetup]
    public void Setup()
    {
        input = Input == "Words" ? Words() : RopRows();
        output = new byte[Lz77Compressor.MaximumCompressedLength(Size)];
        compressed = Lz77Compressor.Compress(input);
        decompressed = new byte[Size];
        Console.WriteLine($"// LZ77 {Input}: {Size} bytes compressed to {compressed.Length} (ratio {Ratio:F3})");
    }

    private static byte[] Words()
    {
        var random = new Random(20261121);
        var text = new System.Text.StringBuilder();
        while (text.Length * 2 < Size)
        {
            text.Append(random.Next(4) == 0 ? random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture) : Vocabulary[random.Next(Vocabulary.Length)]).Append(' ');
        }

        return System.Text.Encoding.Unicode.GetBytes(text.ToString())[..Size];
    }

    private static byte[] RopRows()
    {
        var properties = new GetPropertiesSpecificBenchmarks();
        properties.Setup();
        byte[] row = properties.EncodedResponse;
        byte[] input = new byte[Size];
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

        return input;
    }

    public double BytesPerOperation(string method) => Size;

    /// <summary>Compressed size over input size, for the report.</summary>
    public double Ratio => (double)compressed.Length / input.Length;

    [Benchmark]
    public int Compress() => Lz77Compressor.Compress(input, output);

    [Benchmark]
    public byte[] Decompress()
    {
        Lz77Decompressor.Decompress(compressed, decompressed);
        return decompressed;
    }
}
