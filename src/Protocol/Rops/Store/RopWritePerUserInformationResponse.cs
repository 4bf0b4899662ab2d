namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopWritePerUserInformation success response ([MS-OXCROPS] 2.2.3.13.2): nothing after ReturnValue.</summary>
public sealed record RopWritePerUserInformationResponse : RopResponse, IRopResult, IRopResponseDecoder<RopWritePerUserInformationResponse>
{
    public override RopId RopId => RopId.RopWritePerUserInformation;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopWritePerUserInformation));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        reader.Leave(outer);
        return header.Succeeded
            ? new RopWritePerUserInformationResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue }
            : header.Failure(RopId.RopWritePerUserInformation);
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
    }
}
