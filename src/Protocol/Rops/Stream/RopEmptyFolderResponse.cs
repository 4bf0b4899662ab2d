namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopEmptyFolder response ([MS-OXCROPS] 2.2.4.9.2, [MS-OXCFOLD] 2.2.1.9.2). PartialCompletion follows
/// every ReturnValue: the layout has no separate failure form, and a failed emptying can be partial.
/// </summary>
public sealed record RopEmptyFolderResponse : RopResponse, IRopResult, IRopResponseDecoder<RopEmptyFolderResponse>
{
    public override RopId RopId => RopId.RopEmptyFolder;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool PartialCompletion { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopEmptyFolder));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new RopEmptyFolderResponse
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
