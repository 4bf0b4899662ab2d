namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopEmptyFolder request ([MS-OXCROPS] 2.2.4.9.1, [MS-OXCFOLD] 2.2.1.9.1). Kept with the stream ROPs
/// because it is the asynchronous operation of the RopProgress example ([MS-OXCPRPT] 4.5).
/// </summary>
public sealed record RopEmptyFolderRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopEmptyFolderRequest>
{
    public override RopId RopId => RopId.RopEmptyFolder;

    public byte InputHandleIndex { get; init; }

    /// <summary>When true the server may answer with RopProgress responses until it is done.</summary>
    public bool WantAsynchronous { get; init; }

    /// <summary>When true folder associated information (FAI) messages are deleted too.</summary>
    public bool WantDeleteAssociated { get; init; }

    public static RopEmptyFolderRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopEmptyFolder));
        var request = new RopEmptyFolderRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            WantAsynchronous = reader.ReadBoolean(nameof(WantAsynchronous)),
            WantDeleteAssociated = reader.ReadBoolean(nameof(WantDeleteAssociated)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteBoolean(WantAsynchronous);
        writer.WriteBoolean(WantDeleteAssociated);
    }
}
