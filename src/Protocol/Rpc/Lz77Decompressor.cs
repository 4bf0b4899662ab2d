namespace Conformance.Protocol.Rpc;

using System.Buffers.Binary;
using System.Numerics;
using Conformance.Protocol.Encoding;

/// <summary>
/// Decompresses LZ77 data in the DIRECT2 encoding ([MS-OXCRPC] 3.1.4.1.1.2): a 32-bit bitmask,
/// read from its most significant bit, tells for each element whether it is one data byte (0) or
/// metadata (1: a 13-bit offset and a length of 3 or more, extended through a shared nibble, a byte
/// and a final 16-bit value). A 1 bit with no input left ends the stream.
/// </summary>
/// <remarks>
/// The output is exactly SizeActual bytes, allocated once; any stream that is truncated, reaches
/// before the start of the output or would produce more or fewer bytes raises
/// <see cref="ProtocolException"/> naming the field and its absolute offset.
/// </remarks>
public static class Lz77Decompressor
{
    public const string StructureName = "DIRECT2";

    /// <summary>Decompresses <paramref name="input"/>, which must expand to exactly <paramref name="sizeActual"/> bytes.</summary>
    /// <param name="input">The compressed bytes (the payload after any obfuscation was reverted).</param>
    /// <param name="sizeActual">The expected uncompressed length; the output never grows beyond it.</param>
    /// <param name="baseOffset">The absolute offset of <paramref name="input"/> in the outermost buffer, for error messages.</param>
    public static byte[] Decompress(ReadOnlySpan<byte> input, int sizeActual, int baseOffset = 0) =>
        Decompress(input, sizeActual, baseOffset, 0);

    /// <summary>Decompresses into <paramref name="output"/>, whose length is SizeActual; nothing is allocated.</summary>
    public static void Decompress(ReadOnlySpan<byte> input, Span<byte> output, int baseOffset = 0) =>
        Expand(input, output, baseOffset, 0);

    /// <summary>Decompresses while reverting the XorMagic obfuscation on the fly (<paramref name="key"/> 0xA5, or 0 for none).</summary>
    internal static byte[] Decompress(ReadOnlySpan<byte> input, int sizeActual, int baseOffset, byte key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeActual);
        byte[] output = sizeActual == 0 ? [] : GC.AllocateUninitializedArray<byte>(sizeActual);
        Expand(input, output, baseOffset, key);
        return output;
    }

    private static void Expand(ReadOnlySpan<byte> input, Span<byte> output, int baseOffset, byte key)
    {
        uint key32 = key * 0x01010101u;
        int key16 = key * 0x0101;
        int inPosition = 0;
        int outPosition = 0;
        uint bitmask = 0;
        int bitsLeft = 0;

        // The position of a shared length byte whose high nibble the next long match uses.
        int sharedByteAt = -1;

        while (true)
        {
            if (bitsLeft == 0)
            {
                if (input.Length - inPosition < 4)
                {
                    // The end bit is always present, so a bitmask is due even right after the last element.
                    throw Error(baseOffset, inPosition, "Bitmask", ProtocolErrorKind.Truncated, $"needs 4 bytes, {input.Length - inPosition} left");
                }

                bitmask = BinaryPrimitives.ReadUInt32LittleEndian(input[inPosition..]) ^ key32;
                inPosition += 4;
                bitsLeft = 32;
            }

            if ((bitmask & 0x80000000u) == 0)
            {
                // A run of 0 bits: that many data bytes, copied at once. The bitmask is kept left-aligned,
                // so the run is its leading zeros, cut at the bits still unread.
                int run = Math.Min(BitOperations.LeadingZeroCount(bitmask), bitsLeft);
                int inputLeft = input.Length - inPosition;
                int outputLeft = output.Length - outPosition;
                int count = Math.Min(run, Math.Min(inputLeft, outputLeft));
                Span<byte> target = output.Slice(outPosition, count);
                input.Slice(inPosition, count).CopyTo(target);
                if (key != 0)
                {
                    Obfuscation.Apply(target);
                }

                inPosition += count;
                outPosition += count;
                if (count < run)
                {
                    throw inputLeft <= outputLeft
                        ? Error(baseOffset, inPosition, "Data", ProtocolErrorKind.Truncated, "the bitmask announces a data byte but the input ended (no end bit)")
                        : Error(baseOffset, inPosition, "Data", ProtocolErrorKind.CountTooLarge, $"data byte beyond SizeActual {output.Length}");
                }

                bitmask = run == 32 ? 0 : bitmask << run;
                bitsLeft -= run;
                continue;
            }

            bitmask <<= 1;
            bitsLeft--;
            if (inPosition == input.Length)
            {
                // A 1 bit with nothing left to read is the end of the compressed data.
                if (outPosition != output.Length)
                {
                    throw Error(baseOffset, inPosition, "SizeActual", ProtocolErrorKind.Truncated, $"the compressed data ends after {outPosition} of {output.Length} bytes");
                }

                return;
            }

            int metadataAt = inPosition;
            if (input.Length - inPosition < 2)
            {
                throw Error(baseOffset, inPosition, "Metadata", ProtocolErrorKind.Truncated, $"needs 2 bytes, {input.Length - inPosition} left");
            }

            int metadata = BinaryPrimitives.ReadUInt16LittleEndian(input[inPosition..]) ^ key16;
            inPosition += 2;

            // [MS-OXCRPC] 3.1.4.1.1.2.2: the high 13 bits hold the one's complement of the negative offset.
            int distance = (metadata >> 3) + 1;
            int length = metadata & 7;
            if (length == 7)
            {
                int nibble;
                if (sharedByteAt < 0)
                {
                    if (inPosition >= input.Length)
                    {
                        throw Error(baseOffset, inPosition, "MatchLength", ProtocolErrorKind.Truncated, "the shared length byte is missing");
                    }

                    sharedByteAt = inPosition++;
                    nibble = (input[sharedByteAt] ^ key) & 0x0F;
                }
                else
                {
                    nibble = (input[sharedByteAt] ^ key) >> 4;
                    sharedByteAt = -1;
                }

                length += nibble;
                if (nibble == 15)
                {
                    if (inPosition >= input.Length)
                    {
                        throw Error(baseOffset, inPosition, "MatchLength", ProtocolErrorKind.Truncated, "the extra length byte is missing");
                    }

                    int extra = input[inPosition++] ^ key;
                    length += extra;
                    if (extra == 255)
                    {
                        if (input.Length - inPosition < 2)
                        {
                            throw Error(baseOffset, inPosition, "MatchLength", ProtocolErrorKind.Truncated, $"the 16-bit length needs 2 bytes, {input.Length - inPosition} left");
                        }

                        // The final two bytes hold the whole length less three; the earlier bits no longer count.
                        length = BinaryPrimitives.ReadUInt16LittleEndian(input[inPosition..]) ^ key16;
                        inPosition += 2;
                    }
                }
            }

            length += 3;
            if (distance > outPosition)
            {
                throw Error(baseOffset, metadataAt, "Metadata", ProtocolErrorKind.InvalidValue, $"match offset -{distance} reaches before the start of the output ({outPosition} byte(s) so far)");
            }

            if (length > output.Length - outPosition)
            {
                throw Error(baseOffset, metadataAt, "Metadata", ProtocolErrorKind.CountTooLarge, $"match length {length} at output byte {outPosition} runs past SizeActual {output.Length}");
            }

            Copy(output, outPosition, distance, length);
            outPosition += length;
        }
    }

    /// <summary>Appends <paramref name="length"/> bytes copied from <paramref name="distance"/> back; overlaps repeat the pattern.</summary>
    private static void Copy(Span<byte> output, int at, int distance, int length)
    {
        if (distance >= length)
        {
            output.Slice(at - distance, length).CopyTo(output[at..]);
            return;
        }

        if (distance == 1)
        {
            output.Slice(at, length).Fill(output[at - 1]);
            return;
        }

        // Copy whole periods, doubling the available pattern each time.
        int copied = 0;
        int period = distance;
        while (copied < length)
        {
            int chunk = Math.Min(period, length - copied);
            output.Slice(at - distance, chunk).CopyTo(output.Slice(at + copied, chunk));
            copied += chunk;
            period = distance + copied;
        }
    }

    private static ProtocolException Error(int baseOffset, int position, string field, ProtocolErrorKind kind, string detail) =>
        new(StructureName, field, baseOffset + position, kind, detail);
}
