namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopCloneStream request ([MS-OXCROPS] 2.2.9.13.1, [MS-OXCPRPT] 2.2.27.1): the clone gets OutputHandleIndex.</summary>
public sealed record RopCloneStreamRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopCloneStreamRequest>
{
    public override RopId RopId => RopId.RopCloneStream;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    public static RopCloneStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCloneStream));
        var request = new RopCloneStreamRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
    }
}
