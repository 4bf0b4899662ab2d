namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetReceiveFolder success response ([MS-OXCROPS] 2.2.3.2.2, [MS-OXCSTOR] 2.2.1.2.2).</summary>
public sealed record RopGetReceiveFolderResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetReceiveFolderResponse>
{
    public override RopId RopId => RopId.RopGetReceiveFolder;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ObjectId FolderId { get; init; }

    /// <summary>The message class actually configured for the folder; null-terminated ASCII on the wire.</summary>
    public string ExplicitMessageClass { get; init; } = string.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetReceiveFolder));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetReceiveFolder);
        }

        var response = new RopGetReceiveFolderResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
            ExplicitMessageClass = reader.ReadAsciiString(nameof(ExplicitMessageClass)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        FolderId.Encode(writer);
        AsciiStrings.Write(writer, ExplicitMessageClass, nameof(ExplicitMessageClass));
    }
}
