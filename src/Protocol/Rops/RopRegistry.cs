namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The ROPs this codec knows, by RopId. Each family of ROPs lists its entries in its own partial
/// file (Store, Property, Stream, Support).
/// </summary>
public static partial class RopRegistry
{
    private static readonly RopCodecEntry?[] Entries = Build();

    /// <summary>Every known entry.</summary>
    public static IEnumerable<RopCodecEntry> All => Entries.OfType<RopCodecEntry>();

    public static RopCodecEntry? Find(RopId ropId) => Entries[(byte)ropId];

    private static RopCodecEntry?[] Build()
    {
        var table = new RopCodecEntry?[256];
        foreach (RopCodecEntry entry in StoreRops.Concat(PropertyRops).Concat(StreamRops).Concat(SupportRops))
        {
            if (table[(byte)entry.RopId] is not null)
            {
                throw new InvalidOperationException($"{entry.RopId} is registered twice");
            }

            table[(byte)entry.RopId] = entry;
        }

        return table;
    }

    /// <summary>Decodes one request, RopId included.</summary>
    public static RopRequest DecodeRequest(ref ProtocolReader reader)
    {
        string outer = reader.Enter("RopRequest");
        int at = reader.Offset;
        byte id = reader.ReadByte("RopId");
        RopRequestBodyDecoder decoder = Entries[id]?.Request
            ?? throw reader.ErrorAt(at, "RopId", ProtocolErrorKind.InvalidValue, $"0x{id:X2} is not a request this codec decodes");
        byte logonId = reader.ReadByte("LogonId");
        RopRequest request = decoder(ref reader, logonId);
        reader.Leave(outer);
        return request;
    }

    /// <summary>Decodes one response, RopId included, in the context of the request it answers.</summary>
    public static RopResponse DecodeResponse(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter("RopResponse");
        int at = reader.Offset;
        byte id = reader.ReadByte("RopId");
        RopResponseBodyDecoder decoder = Entries[id]?.Response
            ?? throw reader.ErrorAt(at, "RopId", ProtocolErrorKind.InvalidValue, $"0x{id:X2} is not a response this codec decodes");
        RopResponse response = decoder(ref reader, context);
        reader.Leave(outer);
        return response;
    }

    /// <summary>Decodes a buffer that holds exactly one request.</summary>
    public static RopRequest DecodeRequest(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes);
        RopRequest request = DecodeRequest(ref reader);
        reader.ExpectEnd("RopRequest");
        return request;
    }

    /// <summary>Decodes a buffer that holds exactly one response.</summary>
    public static RopResponse DecodeResponse(ReadOnlySpan<byte> bytes, RopResponseContext context)
    {
        var reader = new ProtocolReader(bytes);
        RopResponse response = DecodeResponse(ref reader, context);
        reader.ExpectEnd("RopResponse");
        return response;
    }
}
