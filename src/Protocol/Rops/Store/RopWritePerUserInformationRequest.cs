namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopWritePerUserInformation request ([MS-OXCROPS] 2.2.3.13.1, [MS-OXCSTOR] 2.2.1.13.1).
/// </summary>
/// <remarks>
/// ReplGuid is on the wire only for a private mailbox logon and only when DataOffset is 0 ([MS-OXCSTOR]
/// 2.2.1.13.1). Nothing in the request says which kind of logon LogonId names, and ROP requests follow
/// each other with no size between them, so "decode it if bytes remain" would swallow the next ROP. The
/// caller therefore says: <see cref="DecodeBody(ref ProtocolReader, byte, LogonFlags)"/> takes the
/// LogonFlags of the RopLogon that opened the logon (only its Private bit matters). The registry, which
/// has no such knowledge, decodes as for a private mailbox logon, the case where the client caches
/// public folder read state ([MS-OXCSTOR] 3.1.4.3).
/// </remarks>
public sealed record RopWritePerUserInformationRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopWritePerUserInformationRequest>
{
    public override RopId RopId => RopId.RopWritePerUserInformation;

    public byte InputHandleIndex { get; init; }

    /// <summary>The folder's LongTermID (the field is named FolderId but is not a Folder ID).</summary>
    public LongTermId FolderId { get; init; }

    public bool HasFinished { get; init; }

    public uint DataOffset { get; init; }

    /// <summary>A block of a serialized CNSET, kept as raw bytes; DataSize is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    /// <summary>
    /// The REPLGUID of the public database the data came from: present for a private mailbox logon when
    /// <see cref="DataOffset"/> is 0, absent otherwise.
    /// </summary>
    public Guid? ReplGuid { get; init; }

    /// <summary>Whether ReplGuid is on the wire, given the logon's flags and the request's DataOffset.</summary>
    public static bool CarriesReplGuid(LogonFlags logonFlags, uint dataOffset) =>
        (logonFlags & LogonFlags.Private) != 0 && dataOffset == 0;

    /// <summary>Decodes as for a private mailbox logon; see the remarks.</summary>
    public static RopWritePerUserInformationRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        DecodeBody(ref reader, logonId, LogonFlags.Private);

    /// <param name="reader">Positioned after LogonId.</param>
    /// <param name="logonId">The LogonId already read.</param>
    /// <param name="logonFlags">The LogonFlags of the logon that <paramref name="logonId"/> names.</param>
    public static RopWritePerUserInformationRequest DecodeBody(ref ProtocolReader reader, byte logonId, LogonFlags logonFlags)
    {
        string outer = reader.Enter(nameof(RopId.RopWritePerUserInformation));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        LongTermId folderId = LongTermId.Decode(ref reader);
        bool hasFinished = reader.ReadBoolean(nameof(HasFinished));
        uint dataOffset = reader.ReadUInt32(nameof(DataOffset));
        ushort dataSize = reader.ReadCount16("DataSize", 1);
        byte[] data = reader.ReadBytes(dataSize, nameof(Data));
        Guid? replGuid = CarriesReplGuid(logonFlags, dataOffset) ? reader.ReadGuid(nameof(ReplGuid)) : null;
        reader.Leave(outer);
        return new RopWritePerUserInformationRequest
        {
            LogonId = logonId,
            InputHandleIndex = input,
            FolderId = folderId,
            HasFinished = hasFinished,
            DataOffset = dataOffset,
            Data = data,
            ReplGuid = replGuid,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        // Absent with DataOffset 0 is the public folders logon form; present with a nonzero DataOffset is never valid.
        if (ReplGuid is not null && DataOffset != 0)
        {
            throw new InvalidOperationException("ReplGuid is sent only with DataOffset 0");
        }

        writer.WriteByte(InputHandleIndex);
        FolderId.Encode(writer);
        writer.WriteBoolean(HasFinished);
        writer.WriteUInt32(DataOffset);
        writer.WriteCount16(Data.Count, "DataSize");
        writer.WriteBytes(Data.AsSpan());
        if (ReplGuid is Guid replGuid)
        {
            writer.WriteGuid(replGuid);
        }
    }
}
