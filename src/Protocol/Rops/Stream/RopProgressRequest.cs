namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopProgress request ([MS-OXCROPS] 2.2.8.13.1, [MS-OXCPRPT] 2.2.23.1): asks after, or cancels, an asynchronous operation.</summary>
public sealed record RopProgressRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopProgressRequest>
{
    public override RopId RopId => RopId.RopProgress;

    public byte InputHandleIndex { get; init; }

    public bool WantCancel { get; init; }

    public static RopProgressRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopProgress));
        var request = new RopProgressRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            WantCancel = reader.ReadBoolean(nameof(WantCancel)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteBoolean(WantCancel);
    }
}
