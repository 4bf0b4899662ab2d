namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// RopCreateFolder success response ([MS-OXCROPS] 2.2.4.2.2). HasRules and IsGhosted follow only when
/// IsExistingFolder is nonzero, and the replica list only when IsGhosted is nonzero; absent fields are null.
/// </summary>
public sealed record RopCreateFolderResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCreateFolderResponse>
{
    public override RopId RopId => RopId.RopCreateFolder;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ObjectId FolderId { get; init; }

    public bool IsExistingFolder { get; init; }

    public bool? HasRules { get; init; }

    public bool? IsGhosted { get; init; }

    public RopOpenFolderGhostInfo? GhostInfo { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCreateFolder));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopCreateFolder);
        }

        ObjectId folderId = ObjectId.Decode(ref reader, nameof(FolderId));
        bool existing = reader.ReadBoolean(nameof(IsExistingFolder));
        bool? hasRules = existing ? reader.ReadBoolean(nameof(HasRules)) : null;
        bool? ghosted = existing ? reader.ReadBoolean(nameof(IsGhosted)) : null;
        RopOpenFolderGhostInfo? ghostInfo = ghosted == true ? RopOpenFolderGhostInfo.Decode(ref reader) : null;
        reader.Leave(outer);
        return new RopCreateFolderResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            FolderId = folderId,
            IsExistingFolder = existing,
            HasRules = hasRules,
            IsGhosted = ghosted,
            GhostInfo = ghostInfo,
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        FolderId.Encode(writer);
        writer.WriteBoolean(IsExistingFolder);
        if (!IsExistingFolder)
        {
            if (HasRules is not null || IsGhosted is not null || GhostInfo is not null)
            {
                throw new InvalidOperationException("HasRules, IsGhosted and the replica list are present only for an existing folder");
            }

            return;
        }

        writer.WriteBoolean(HasRules ?? throw new InvalidOperationException("an existing folder needs HasRules"));
        bool ghosted = IsGhosted ?? throw new InvalidOperationException("an existing folder needs IsGhosted");
        writer.WriteBoolean(ghosted);
        if (ghosted)
        {
            (GhostInfo ?? throw new InvalidOperationException("IsGhosted without GhostInfo")).Encode(writer);
        }
        else if (GhostInfo is not null)
        {
            throw new InvalidOperationException("GhostInfo without IsGhosted");
        }
    }
}
