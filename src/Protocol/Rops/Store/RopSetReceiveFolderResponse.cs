namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopSetReceiveFolder success response ([MS-OXCROPS] 2.2.3.3.2): nothing after ReturnValue.</summary>
public sealed record RopSetReceiveFolderResponse : RopResponse, IRopResult, IRopResponseDecoder<RopSetReceiveFolderResponse>
{
    public override RopId RopId => RopId.RopSetReceiveFolder;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopSetReceiveFolder));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopSetReceiveFolderResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopSetReceiveFolder);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
