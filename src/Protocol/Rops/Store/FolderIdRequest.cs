namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopGetOwningServers and RopPublicFolderIsGhosted ([MS-OXCROPS] 2.2.3.6.1, 2.2.3.7.1;
/// [MS-OXCSTOR] 2.2.1.6.1, 2.2.1.7.1): InputHandleIndex, then the FolderId (8 bytes) of the folder asked about.
/// </summary>
public abstract record FolderIdRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    public ObjectId FolderId { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        FolderId.Encode(writer);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : FolderIdRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            FolderId = ObjectId.Decode(ref reader, nameof(FolderId)),
        };
        reader.Leave(outer);
        return request;
    }
}
