namespace Conformance.Suites.OXCSTOR.S90_ClientObligations;

using System.Buffers.Binary;
using Conformance.Adapters;
using Conformance.Adapters.Client;

/// <summary>
/// Reads the bytes our client sent and the server returned, by the layouts of [MS-OXCROPS], without our decoder:
/// a ROP buffer is RopSize (2 bytes, counting itself and the RopsList), then the RopsList ([MS-OXCROPS] 2.2.1).
/// Every exchange of <see cref="MailboxClient"/>'s own operations carries one ROP, so the RopsList is that ROP.
/// </summary>
internal static class Wire
{
    // [MS-OXCROPS] 2.2.2: RopId values.
    public const byte RopSetReceiveFolder = 0x26;
    public const byte RopGetReceiveFolder = 0x27;
    public const byte RopGetOwningServers = 0x42;
    public const byte RopLongTermIdFromId = 0x43;
    public const byte RopIdFromLongTermId = 0x44;
    public const byte RopPublicFolderIsGhosted = 0x45;
    public const byte RopGetPerUserLongTermIds = 0x60;
    public const byte RopGetPerUserGuid = 0x61;
    public const byte RopReadPerUserInformation = 0x63;
    public const byte RopWritePerUserInformation = 0x64;
    public const byte RopGetReceiveFolderTable = 0x68;
    public const byte RopGetStoreState = 0x7B;
    public const byte RopLogon = 0xFE;

    /// <summary>The one ROP request of <paramref name="exchange"/>, from its RopId on.</summary>
    public static byte[] Request(RopExchange exchange, byte ropId) => SingleRop(exchange.InputBytes, ropId, "request");

    /// <summary>The one ROP response of <paramref name="exchange"/>, from its RopId on.</summary>
    public static byte[] Response(RopExchange exchange, byte ropId) => SingleRop(exchange.Result.RopOutputBuffer, ropId, "response");

    public static ushort UInt16(byte[] rop, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(rop.AsSpan(offset, 2));

    public static uint UInt32(byte[] rop, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(rop.AsSpan(offset, 4));

    public static int Int32(byte[] rop, int offset) => BinaryPrimitives.ReadInt32LittleEndian(rop.AsSpan(offset, 4));

    public static byte[] Slice(byte[] rop, int offset, int count) => rop.AsSpan(offset, count).ToArray();

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    private static byte[] SingleRop(byte[] buffer, byte ropId, string what)
    {
        ushort ropSize = BinaryPrimitives.ReadUInt16LittleEndian(buffer);
        byte[] rop = buffer.AsSpan(2, ropSize - 2).ToArray();
        if (rop.Length == 0 || rop[0] != ropId)
        {
            throw new AssertionException($"expected one {what} with RopId 0x{ropId:X2}, the RopsList is {Hex(rop)}");
        }

        return rop;
    }
}

/// <summary>Every exchange of one client, in order, for operations that take several round trips.</summary>
internal sealed class ExchangeLog
{
    private readonly List<RopExchange> exchanges = [];

    public ExchangeLog(MailboxClient client) => client.Session.Exchanged += exchanges.Add;

    public int Count => exchanges.Count;

    /// <summary>The exchanges, from the <paramref name="from"/>th on, whose request starts with one of <paramref name="ropIds"/>.</summary>
    public IReadOnlyList<RopExchange> Of(int from, params byte[] ropIds) =>
        [.. exchanges.Skip(from).Where(e => e.InputBytes.Length > 2 && ropIds.Contains(e.InputBytes[2]))];
}
