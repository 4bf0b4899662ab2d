namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopSaveChangesMessage and RopSaveChangesAttachment ([MS-OXCROPS] 2.2.6.3.1, 2.2.6.15.1):
/// ResponseHandleIndex (the handle the response echoes), InputHandleIndex, then SaveFlags.
/// </summary>
public abstract record SaveChangesRequest : RopRequest, IRopInputHandle
{
    public byte ResponseHandleIndex { get; init; }

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: [MS-OXCMSG] 2.2.3.3.1 and 2.2.3.15.1 have the server ignore other bits.</summary>
    public SaveFlags SaveFlags { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(ResponseHandleIndex);
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)SaveFlags);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : SaveChangesRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            ResponseHandleIndex = reader.ReadByte(nameof(ResponseHandleIndex)),
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            SaveFlags = (SaveFlags)reader.ReadByte(nameof(SaveFlags)),
        };
        reader.Leave(outer);
        return request;
    }
}
