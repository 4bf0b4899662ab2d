namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopLogon success response for public folders ([MS-OXCROPS] 2.2.3.1.3, [MS-OXCSTOR] 2.2.1.1.4).</summary>
public sealed record RopLogonPublicFoldersResponse : RopLogonResponse
{
    public override uint ReturnValue { get; init; }

    public required PublicFoldersFolderIds FolderIds { get; init; }

    public ushort ReplId { get; init; }

    public Guid ReplGuid { get; init; }

    /// <summary>Unused; a conforming server sends the all-zero GUID.</summary>
    public Guid PerUserGuid { get; init; }

    /// <summary>Decodes the fields after LogonFlags, which the dispatcher in <see cref="RopLogonResponse"/> has read.</summary>
    internal static RopLogonPublicFoldersResponse DecodeFields(ref ProtocolReader reader, byte outputHandleIndex, LogonFlags logonFlags) => new()
    {
        OutputHandleIndex = outputHandleIndex,
        LogonFlags = logonFlags,
        FolderIds = PublicFoldersFolderIds.Decode(ref reader),
        ReplId = reader.ReadUInt16(nameof(ReplId)),
        ReplGuid = reader.ReadGuid(nameof(ReplGuid)),
        PerUserGuid = reader.ReadGuid(nameof(PerUserGuid)),
    };

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if ((LogonFlags & LogonFlags.Private) != 0)
        {
            throw new InvalidOperationException("a public folders response cannot carry the Private bit in LogonFlags, or it decodes as a private mailbox response");
        }

        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte((byte)LogonFlags);
        FolderIds.Encode(writer);
        writer.WriteUInt16(ReplId);
        writer.WriteGuid(ReplGuid);
        writer.WriteGuid(PerUserGuid);
    }
}
