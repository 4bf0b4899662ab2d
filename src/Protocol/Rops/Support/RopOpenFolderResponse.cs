namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopOpenFolder success response ([MS-OXCROPS] 2.2.4.1.2).</summary>
public sealed record RopOpenFolderResponse : RopResponse, IRopResult, IRopResponseDecoder<RopOpenFolderResponse>
{
    public override RopId RopId => RopId.RopOpenFolder;

    public byte OutputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool HasRules { get; init; }

    public bool IsGhosted { get; init; }

    /// <summary>Present only when <see cref="IsGhosted"/> is nonzero.</summary>
    public RopOpenFolderGhostInfo? GhostInfo { get; init; }

    byte IRopResult.HandleIndex => OutputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopOpenFolder));
        var header = RopResponseHeader.Decode(ref reader, nameof(OutputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopOpenFolder);
        }

        bool hasRules = reader.ReadBoolean(nameof(HasRules));
        bool isGhosted = reader.ReadBoolean(nameof(IsGhosted));
        var response = new RopOpenFolderResponse
        {
            OutputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            HasRules = hasRules,
            IsGhosted = isGhosted,
            GhostInfo = isGhosted ? RopOpenFolderGhostInfo.Decode(ref reader) : null,
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(HasRules);
        writer.WriteBoolean(IsGhosted);
        if (IsGhosted)
        {
            (GhostInfo ?? throw new InvalidOperationException("IsGhosted without GhostInfo")).Encode(writer);
        }
    }
}
