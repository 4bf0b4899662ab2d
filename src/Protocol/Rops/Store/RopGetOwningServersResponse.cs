namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetOwningServers success response ([MS-OXCROPS] 2.2.3.6.2, [MS-OXCSTOR] 2.2.1.6.2).</summary>
public sealed record RopGetOwningServersResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetOwningServersResponse>
{
    public override RopId RopId => RopId.RopGetOwningServers;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>How many of the first <see cref="OwningServers"/> share the lowest network cost.</summary>
    public ushort CheapServersCount { get; init; }

    /// <summary>ESSDNs of the databases with an active replica, cheapest first; OwningServersCount is their number.</summary>
    public ValueArray<string> OwningServers { get; init; } = ValueArray<string>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetOwningServers));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetOwningServers);
        }

        (ushort cheap, string[] servers) = ServerList.Decode(ref reader, "OwningServersCount", nameof(CheapServersCount), nameof(OwningServers));
        reader.Leave(outer);
        return new RopGetOwningServersResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            CheapServersCount = cheap,
            OwningServers = servers,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        ServerList.Encode(writer, CheapServersCount, OwningServers, "OwningServersCount", nameof(OwningServers));
    }
}
