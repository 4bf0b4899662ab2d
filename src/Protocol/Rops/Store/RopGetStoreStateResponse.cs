namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetStoreState success response ([MS-OXCROPS] 2.2.3.5.2, [MS-OXCSTOR] 2.2.1.5.2).</summary>
public sealed record RopGetStoreStateResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetStoreStateResponse>
{
    public override RopId RopId => RopId.RopGetStoreState;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>Kept as sent; only STORE_HAS_SEARCHES is defined.</summary>
    public StoreState StoreState { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetStoreState));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetStoreState);
        }

        var response = new RopGetStoreStateResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            StoreState = (StoreState)reader.ReadUInt32(nameof(StoreState)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt32((uint)StoreState);
    }
}
