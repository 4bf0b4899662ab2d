namespace Conformance.Protocol.Tests.Rpc;

using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// Payloads for the compression and extended buffer properties. A payload is drawn as (kind, length,
/// seed) and filled with <see cref="Random"/>, so 64 KiB inputs cost one generator step, not 65536.
/// </summary>
public static class RpcGenerators
{
    /// <summary>Uniform random bytes, which do not compress.</summary>
    public const int RandomKind = 0;

    private const int KindCount = 8;

    /// <summary>Any payload kind, lengths biased to small but reaching <paramref name="maximumLength"/>.</summary>
    public static Gen<byte[]> Payload(int maximumLength) =>
        from kind in Gen.Choose(0, KindCount - 1)
        from length in Length(maximumLength)
        from seed in Gen.Choose(0, int.MaxValue)
        select Materialize(kind, length, seed);

    /// <summary>Only the highly repetitive kinds (runs, tiny alphabets, short and window-sized periods).</summary>
    public static Gen<byte[]> RepetitivePayload(int maximumLength) =>
        from kind in Gen.Choose(1, KindCount - 1)
        from length in Length(maximumLength)
        from seed in Gen.Choose(0, int.MaxValue)
        select Materialize(kind, length, seed);

    private static Gen<int> Length(int maximumLength) =>
        Gen.Frequency(
            (4, Gen.Choose(0, Math.Min(64, maximumLength))),
            (3, Gen.Choose(0, Math.Min(1024, maximumLength))),
            (2, Gen.Choose(0, maximumLength)),
            (1, Gen.Choose(Math.Max(0, maximumLength - 64), maximumLength)));

    public static byte[] Materialize(int kind, int length, int seed)
    {
        var random = new Random(seed);
        byte[] data = new byte[length];
        switch (kind)
        {
            case RandomKind:
                random.NextBytes(data);
                break;
            case 1:
                // One long run: matches at distance 1 with the longest length encodings.
                data.AsSpan().Fill((byte)random.Next(256));
                break;
            case 2:
                // A two- to four-symbol alphabet: many short matches, long hash chains.
                int symbols = random.Next(2, 5);
                for (int i = 0; i < length; i++)
                {
                    data[i] = (byte)('a' + random.Next(symbols));
                }

                break;
            case 3:
                Periodic(data, random, random.Next(1, 300));
                break;
            case 4:
                // A period around the 8192-byte window, so matches sit at and just past the largest offset.
                Periodic(data, random, random.Next(8000, 8400));
                break;
            case 5:
                Text(data, random);
                break;
            case 6:
                // Random bytes, then copies of them: the compressor first skips ahead on incompressible data,
                // then must find matches again, some at offsets near the window's end.
                int half = Math.Max(1, length / 2);
                random.NextBytes(data.AsSpan(0, Math.Min(half, length)));
                for (int i = half; i < length; i++)
                {
                    int back = Math.Min(half, random.Next(3) == 0 ? 8192 : 100);
                    data[i] = data[i - back];
                }

                break;
            default:
                // Runs of random lengths, some over 280 bytes, others just under the length-encoding steps.
                int at = 0;
                while (at < length)
                {
                    int run = Math.Min(random.Next(1, 400), length - at);
                    data.AsSpan(at, run).Fill((byte)random.Next(256));
                    at += run;
                }

                break;
        }

        return data;
    }

    /// <summary>A random block repeated, with a sprinkling of changed bytes so matches end at varied lengths.</summary>
    private static void Periodic(byte[] data, Random random, int period)
    {
        byte[] block = new byte[period];
        random.NextBytes(block);
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = random.Next(64) == 0 ? (byte)random.Next(256) : block[i % period];
        }
    }

    private static readonly string[] Words = ["RopSize", "PidTagSubject", "0x0142", " ", "\r\n", "Inbox", "message", "folder", "the ", "a", "ROP"];

    private static void Text(byte[] data, Random random)
    {
        int at = 0;
        while (at < data.Length)
        {
            string word = Words[random.Next(Words.Length)];
            for (int i = 0; i < word.Length && at < data.Length; i++)
            {
                data[at++] = (byte)word[i];
            }
        }
    }
}
