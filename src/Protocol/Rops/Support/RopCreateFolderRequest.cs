namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopCreateFolder request ([MS-OXCROPS] 2.2.4.2.1). UseUnicodeStrings decides the encoding of DisplayName and Comment.</summary>
public sealed record RopCreateFolderRequest : RopRequest, IRopInputHandle, IRopOutputHandle, IRopRequestDecoder<RopCreateFolderRequest>
{
    public override RopId RopId => RopId.RopCreateFolder;

    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: an undefined type is the server's to reject.</summary>
    public FolderType FolderType { get; init; }

    public bool UseUnicodeStrings { get; init; }

    public bool OpenExisting { get; init; }

    /// <summary>Kept as sent so a conformance check can flag a nonzero value.</summary>
    public byte Reserved { get; init; }

    public string DisplayName { get; init; } = string.Empty;

    public string Comment { get; init; } = string.Empty;

    public static RopCreateFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateFolder));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        byte output = reader.ReadByte(nameof(OutputHandleIndex));
        var folderType = (FolderType)reader.ReadByte(nameof(FolderType));
        bool unicode = reader.ReadBoolean(nameof(UseUnicodeStrings));
        bool openExisting = reader.ReadBoolean(nameof(OpenExisting));
        byte reserved = reader.ReadByte(nameof(Reserved));
        string displayName = unicode ? reader.ReadUnicodeString(nameof(DisplayName)) : reader.ReadString8(nameof(DisplayName));
        string comment = unicode ? reader.ReadUnicodeString(nameof(Comment)) : reader.ReadString8(nameof(Comment));
        reader.Leave(outer);
        return new RopCreateFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = input,
            OutputHandleIndex = output,
            FolderType = folderType,
            UseUnicodeStrings = unicode,
            OpenExisting = openExisting,
            Reserved = reserved,
            DisplayName = displayName,
            Comment = comment,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
        writer.WriteByte((byte)FolderType);
        writer.WriteBoolean(UseUnicodeStrings);
        writer.WriteBoolean(OpenExisting);
        writer.WriteByte(Reserved);
        if (UseUnicodeStrings)
        {
            writer.WriteUnicodeString(DisplayName);
            writer.WriteUnicodeString(Comment);
        }
        else
        {
            writer.WriteString8(DisplayName);
            writer.WriteString8(Comment);
        }
    }
}
