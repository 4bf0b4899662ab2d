namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

using System.Buffers.Binary;
using Conformance.Adapters;

/// <summary>
/// The one ROP request of a ROP input buffer our client sent, read straight from the bytes at the offsets
/// [MS-OXCROPS] gives, without our decoder. Offsets count from the ROP's first byte (RopId at 0, LogonId at 1).
/// </summary>
internal sealed class SentRop
{
    private readonly byte[] input;
    private readonly int ropSize;

    private SentRop(byte[] input, int ropSize)
    {
        this.input = input;
        this.ropSize = ropSize;
    }

    /// <summary>The ROP's bytes, RopId first.</summary>
    public ReadOnlySpan<byte> Bytes => input.AsSpan(2, ropSize - 2);

    /// <summary>The ROP's length in bytes: the whole RopsList, since the buffer holds this ROP only.</summary>
    public int Length => ropSize - 2;

    public byte RopId => Bytes[0];

    /// <summary>The single ROP of <paramref name="exchange"/>'s input buffer, which must be a <paramref name="ropId"/>.</summary>
    public static SentRop Of(RopExchange? exchange, byte ropId)
    {
        Assert.That(exchange, Is.Not.Null, "no ROP buffer was sent");
        Assert.That(exchange!.Input.RopsList.Count, Is.EqualTo(1), "the buffer was meant to carry one ROP");

        // [MS-OXCROPS] 2.2.1: RopSize (2 bytes) counts itself and the RopsList; the handle table follows.
        int size = BinaryPrimitives.ReadUInt16LittleEndian(exchange.InputBytes);
        var sent = new SentRop(exchange.InputBytes, size);
        Assert.That(sent.RopId, Is.EqualTo(ropId), $"the buffer carries RopId 0x{sent.RopId:X2}, not 0x{ropId:X2}");
        return sent;
    }

    /// <summary>The RopId of each ROP request of <paramref name="exchange"/> whose buffer holds one ROP, else null.</summary>
    public static byte? SingleRopId(RopExchange exchange) => exchange.Input.RopsList.Count == 1 ? exchange.InputBytes[2] : null;

    public byte U8(int offset) => Bytes[offset];

    public ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes[offset..]);

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes[offset..]);

    public ulong U64(int offset) => BinaryPrimitives.ReadUInt64LittleEndian(Bytes[offset..]);

    public long I64(int offset) => BinaryPrimitives.ReadInt64LittleEndian(Bytes[offset..]);

    /// <summary><paramref name="count"/> bytes from <paramref name="offset"/>, or fewer when the ROP ends first.</summary>
    public byte[] Slice(int offset, int count) => Bytes[Math.Min(offset, Length)..Math.Min(offset + count, Length)].ToArray();

    /// <summary>The ServerObjectHandleTable entry at <paramref name="index"/> sent with this ROP ([MS-OXCROPS] 2.2.1: 4-byte handles after the RopsList).</summary>
    public uint HandleAt(byte index) => BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(ropSize + (4 * index)));

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);
}
