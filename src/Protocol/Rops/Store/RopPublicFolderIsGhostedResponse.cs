namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopPublicFolderIsGhosted success response ([MS-OXCROPS] 2.2.3.7.2, [MS-OXCSTOR] 2.2.1.7.2): IsGhosted,
/// then the server list only when IsGhosted is TRUE.
/// </summary>
public sealed record RopPublicFolderIsGhostedResponse : RopResponse, IRopResult, IRopResponseDecoder<RopPublicFolderIsGhostedResponse>
{
    public override RopId RopId => RopId.RopPublicFolderIsGhosted;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool IsGhosted { get; init; }

    /// <summary>Present on the wire only when <see cref="IsGhosted"/>; otherwise 0.</summary>
    public ushort CheapServersCount { get; init; }

    /// <summary>Present on the wire only when <see cref="IsGhosted"/> (ServersCount is their number); otherwise empty.</summary>
    public ValueArray<string> Servers { get; init; } = ValueArray<string>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopPublicFolderIsGhosted));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopPublicFolderIsGhosted);
        }

        bool isGhosted = reader.ReadBoolean(nameof(IsGhosted));
        (ushort cheap, string[] servers) = isGhosted
            ? ServerList.Decode(ref reader, "ServersCount", nameof(CheapServersCount), nameof(Servers))
            : ((ushort)0, []);
        reader.Leave(outer);
        return new RopPublicFolderIsGhostedResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            IsGhosted = isGhosted,
            CheapServersCount = cheap,
            Servers = servers,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(IsGhosted);
        if (IsGhosted)
        {
            ServerList.Encode(writer, CheapServersCount, Servers, "ServersCount", nameof(Servers));
        }
        else if (CheapServersCount != 0 || Servers.Count != 0)
        {
            throw new InvalidOperationException("a folder that is not ghosted carries no server list");
        }
    }
}
