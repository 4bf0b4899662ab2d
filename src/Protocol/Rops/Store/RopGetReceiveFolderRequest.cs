namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopGetReceiveFolder request ([MS-OXCROPS] 2.2.3.2.1, [MS-OXCSTOR] 2.2.1.2.1).</summary>
public sealed record RopGetReceiveFolderRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopGetReceiveFolderRequest>
{
    public override RopId RopId => RopId.RopGetReceiveFolder;

    public byte InputHandleIndex { get; init; }

    /// <summary>Null-terminated ASCII on the wire; the terminator is not part of the value. Empty asks for the default Receive folder.</summary>
    public string MessageClass { get; init; } = string.Empty;

    public static RopGetReceiveFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopGetReceiveFolder));
        var request = new RopGetReceiveFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            MessageClass = reader.ReadAsciiString(nameof(MessageClass)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        AsciiStrings.Write(writer, MessageClass, nameof(MessageClass));
    }
}
