namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopLogon success response for a private mailbox ([MS-OXCROPS] 2.2.3.1.2, [MS-OXCSTOR] 2.2.1.1.3).</summary>
public sealed record RopLogonPrivateMailboxResponse : RopLogonResponse
{
    public override uint ReturnValue { get; init; }

    public required PrivateMailboxFolderIds FolderIds { get; init; }

    /// <summary>Kept as sent; the Reserved bit is always set by a conforming server.</summary>
    public ResponseFlags ResponseFlags { get; init; }

    public Guid MailboxGuid { get; init; }

    public ushort ReplId { get; init; }

    public Guid ReplGuid { get; init; }

    public LogonTime LogonTime { get; init; }

    /// <summary>A FILETIME the client only compares with the previous logon's.</summary>
    public ulong GwartTime { get; init; }

    /// <summary>Unused; a conforming server sends 0, but the [MS-OXCSTOR] 4.1 example sends STORE_HAS_SEARCHES.</summary>
    public StoreState StoreState { get; init; }

    /// <summary>Decodes the fields after LogonFlags, which the dispatcher in <see cref="RopLogonResponse"/> has read.</summary>
    internal static RopLogonPrivateMailboxResponse DecodeFields(ref ProtocolReader reader, byte outputHandleIndex, LogonFlags logonFlags) => new()
    {
        OutputHandleIndex = outputHandleIndex,
        LogonFlags = logonFlags,
        FolderIds = PrivateMailboxFolderIds.Decode(ref reader),
        ResponseFlags = (ResponseFlags)reader.ReadByte(nameof(ResponseFlags)),
        MailboxGuid = reader.ReadGuid(nameof(MailboxGuid)),
        ReplId = reader.ReadUInt16(nameof(ReplId)),
        ReplGuid = reader.ReadGuid(nameof(ReplGuid)),
        LogonTime = LogonTime.Decode(ref reader),
        GwartTime = reader.ReadUInt64(nameof(GwartTime)),
        StoreState = (StoreState)reader.ReadUInt32(nameof(StoreState)),
    };

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if ((LogonFlags & LogonFlags.Private) == 0)
        {
            throw new InvalidOperationException("a private mailbox response needs the Private bit in LogonFlags, or it decodes as a public folders response");
        }

        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte((byte)LogonFlags);
        FolderIds.Encode(writer);
        writer.WriteByte((byte)ResponseFlags);
        writer.WriteGuid(MailboxGuid);
        writer.WriteUInt16(ReplId);
        writer.WriteGuid(ReplGuid);
        LogonTime.Encode(writer);
        writer.WriteUInt64(GwartTime);
        writer.WriteUInt32((uint)StoreState);
    }
}
