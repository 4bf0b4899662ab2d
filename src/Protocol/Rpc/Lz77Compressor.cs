namespace Conformance.Protocol.Rpc;

using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

/// <summary>
/// Compresses with LZ77 and the DIRECT2 encoding ([MS-OXCRPC] 3.1.4.1.1.2): greedy parsing with a
/// hash-chain match finder over the 8192-byte window that the 13-bit offset allows, stepping faster
/// through stretches that do not match (incompressible data costs little time).
/// </summary>
/// <remarks>
/// The output is deterministic. Unused bits after the end bit of the last bitmask are set to 1,
/// as in the [MS-XCA] 3.1 examples of the same encoding, so those examples re-encode byte for byte.
/// </remarks>
public static class Lz77Compressor
{
    /// <summary>The farthest a match can reach back: 13 offset bits.</summary>
    public const int MaximumOffset = 8192;

    /// <summary>Shorter repeats cost as much as the data bytes themselves.</summary>
    public const int MinimumMatchLength = 3;

    /// <summary>The final 16-bit length field holds the length less three.</summary>
    public const int MaximumMatchLength = ushort.MaxValue + MinimumMatchLength;

    private const int WindowMask = MaximumOffset - 1;

    /// <summary>How many earlier positions with the same hash are tried; bounds the time on repetitive data.</summary>
    private const int MaximumChainDepth = 24;

    /// <summary>Once a match this long is found, only a quarter of the remaining candidates are tried (as zlib does).</summary>
    private const int GoodLength = 32;

    /// <summary>A match this long is taken without looking further.</summary>
    private const int GoodEnoughLength = 258;

    /// <summary>Every 2^5 positions without a match widen the step to the next position tried by one.</summary>
    private const int SkipStrength = 5;

    private const int MaximumSkip = 32;

    /// <summary>Matches longer than this have only their last <see cref="LongMatchTail"/> positions indexed.</summary>
    private const int LongMatch = 64;

    private const int LongMatchTail = 32;

    /// <summary>The largest output for <paramref name="inputLength"/> bytes: every byte a data byte, plus one bitmask per 32 elements and the end bit.</summary>
    public static int MaximumCompressedLength(int inputLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputLength);
        return checked(inputLength + (4 * ((inputLength / 32) + 1)));
    }

    public static byte[] Compress(ReadOnlySpan<byte> input)
    {
        byte[] rented = ArrayPool<byte>.Shared.Rent(MaximumCompressedLength(input.Length));
        try
        {
            int written = Compress(input, rented);
            return rented.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Compresses into <paramref name="output"/>, which must hold <see cref="MaximumCompressedLength"/> bytes.</summary>
    /// <returns>The number of bytes written.</returns>
    public static int Compress(ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (output.Length < MaximumCompressedLength(input.Length))
        {
            throw new ArgumentException($"output holds {output.Length} bytes, compression may need {MaximumCompressedLength(input.Length)}", nameof(output));
        }

        int hashBits = Math.Clamp(BitOperations.Log2((uint)Math.Max(input.Length, 1)) + 1, 8, 15);
        int hashSize = 1 << hashBits;
        int[] head = ArrayPool<int>.Shared.Rent(hashSize);
        int[] chain = ArrayPool<int>.Shared.Rent(MaximumOffset);
        try
        {
            head.AsSpan(0, hashSize).Fill(-1);
            var writer = new BitmaskWriter(output);
            int n = input.Length;
            int lastHashable = n - MinimumMatchLength;
            int position = 0;
            int literalsFrom = 0;
            int misses = 0;
            while (position <= lastHashable)
            {
                int hash = Hash(input, position, hashBits);
                int maximumLength = Math.Min(n - position, MaximumMatchLength);
                int candidate = head[hash];

                int bestLength = 0;
                int bestDistance = 0;
                int depth = MaximumChainDepth;
                bool shortened = false;
                ReadOnlySpan<byte> current = input.Slice(position, maximumLength);
                while (candidate >= 0 && position - candidate <= MaximumOffset && depth-- > 0)
                {
                    // Only a candidate that also matches one byte past the best so far can do better.
                    if (input[candidate + bestLength] == current[bestLength])
                    {
                        int length = input.Slice(candidate, maximumLength).CommonPrefixLength(current);
                        if (length > bestLength)
                        {
                            bestLength = length;
                            bestDistance = position - candidate;
                            if (length == maximumLength || length >= GoodEnoughLength)
                            {
                                break;
                            }

                            if (length >= GoodLength && !shortened)
                            {
                                depth >>= 2;
                                shortened = true;
                            }
                        }
                    }

                    candidate = chain[candidate & WindowMask];
                }

                chain[position & WindowMask] = head[hash];
                head[hash] = position;
                if (bestLength < MinimumMatchLength)
                {
                    // Data that keeps failing to match is probably incompressible: look at fewer positions
                    // (as LZ4 does), leaving the skipped bytes as data bytes.
                    position += Math.Min(1 + (misses++ >> SkipStrength), MaximumSkip);
                    continue;
                }

                writer.WriteData(input[literalsFrom..position]);
                writer.WriteMatch(bestDistance, bestLength);
                misses = 0;

                // Index the positions inside the match so that later data can refer to them; in a long
                // match only the tail, since the head soon falls out of reach and costs time on long runs.
                int end = Math.Min(position + bestLength, lastHashable + 1);
                int from = bestLength > LongMatch ? Math.Max(position + 1, end - LongMatchTail) : position + 1;
                for (int p = from; p < end; p++)
                {
                    int h = Hash(input, p, hashBits);
                    chain[p & WindowMask] = head[h];
                    head[h] = p;
                }

                position += bestLength;
                literalsFrom = position;
            }

            writer.WriteData(input[literalsFrom..]);
            return writer.Finish();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(head);
            ArrayPool<int>.Shared.Return(chain);
        }
    }

    private static int Hash(ReadOnlySpan<byte> input, int at, int bits)
    {
        // Callers guarantee three bytes at at; the bounds checks go with MemoryMarshal.
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(input), at);
        uint value = first | ((uint)Unsafe.Add(ref first, 1) << 8) | ((uint)Unsafe.Add(ref first, 2) << 16);
        return (int)((value * 2654435761u) >> (32 - bits));
    }

    /// <summary>Writes elements behind a reserved bitmask and fills the bitmask in when its 32 bits are used.</summary>
    private ref struct BitmaskWriter
    {
        private readonly Span<byte> output;
        private int position;
        private int bitmaskAt;
        private uint bitmask;
        private int bits;

        // The shared length byte whose high nibble the next long match fills ([MS-OXCRPC] 3.1.4.1.1.2.2).
        private int sharedByteAt;

        public BitmaskWriter(Span<byte> output)
        {
            this.output = output;
            bitmaskAt = 0;
            position = 4;
            bitmask = 0;
            bits = 0;
            sharedByteAt = -1;
        }

        /// <summary>Writes data bytes, a bitmask's worth of zero bits at a time.</summary>
        public void WriteData(ReadOnlySpan<byte> data)
        {
            while (!data.IsEmpty)
            {
                int count = Math.Min(data.Length, 32 - bits);
                data[..count].CopyTo(output[position..]);
                position += count;
                data = data[count..];
                bitmask = count == 32 ? 0 : bitmask << count;
                bits += count;
                if (bits == 32)
                {
                    Flush();
                }
            }
        }

        public void WriteMatch(int distance, int length)
        {
            int extra = length - MinimumMatchLength;
            ushort metadata = (ushort)(((distance - 1) << 3) | Math.Min(extra, 7));
            BinaryPrimitives.WriteUInt16LittleEndian(output[position..], metadata);
            position += 2;
            if (extra >= 7)
            {
                int rest = extra - 7;
                int nibble = Math.Min(rest, 15);
                if (sharedByteAt < 0)
                {
                    sharedByteAt = position;
                    output[position++] = (byte)nibble;
                }
                else
                {
                    output[sharedByteAt] |= (byte)(nibble << 4);
                    sharedByteAt = -1;
                }

                if (rest >= 15)
                {
                    rest -= 15;
                    if (rest < 255)
                    {
                        output[position++] = (byte)rest;
                    }
                    else
                    {
                        // From 280 bytes on, the last two bytes carry the whole length less three.
                        output[position++] = 255;
                        BinaryPrimitives.WriteUInt16LittleEndian(output[position..], (ushort)extra);
                        position += 2;
                    }
                }
            }

            AddBit(1);
        }

        /// <summary>Adds the end bit, sets the unused bits to 1 and returns the compressed length.</summary>
        public readonly int Finish()
        {
            // AddBit flushes a full bitmask at once, so at least one bit is free here for the end bit.
            int free = 32 - bits;
            uint last = bits == 0 ? uint.MaxValue : (bitmask << free) | ((1u << free) - 1);
            BinaryPrimitives.WriteUInt32LittleEndian(output[bitmaskAt..], last);
            return position;
        }

        private void AddBit(uint bit)
        {
            bitmask = (bitmask << 1) | bit;
            if (++bits == 32)
            {
                Flush();
            }
        }

        /// <summary>Stores the full bitmask and reserves the next one in front of the elements it will describe.</summary>
        private void Flush()
        {
            BinaryPrimitives.WriteUInt32LittleEndian(output[bitmaskAt..], bitmask);
            bitmaskAt = position;
            position += 4;
            bitmask = 0;
            bits = 0;
        }
    }
}
