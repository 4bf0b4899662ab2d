namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopDeleteMessages response ([MS-OXCROPS] 2.2.4.11.2). The specification gives this ROP one response
/// layout, not separate success and failure buffers, so PartialCompletion follows every ReturnValue.
/// </summary>
public sealed record RopDeleteMessagesResponse : RopResponse, IRopResult, IRopResponseDecoder<RopDeleteMessagesResponse>
{
    public override RopId RopId => RopId.RopDeleteMessages;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool PartialCompletion { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopDeleteMessages));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new RopDeleteMessagesResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PartialCompletion = reader.ReadBoolean(nameof(PartialCompletion)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(PartialCompletion);
    }
}
