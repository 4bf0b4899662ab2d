namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopIdFromLongTermId and RopGetPerUserGuid ([MS-OXCROPS] 2.2.3.9.1, 2.2.3.11.1;
/// [MS-OXCSTOR] 2.2.1.9.1, 2.2.1.11.1): InputHandleIndex, then a LongTermId (24 bytes).
/// </summary>
public abstract record LongTermIdRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    public LongTermId LongTermId { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        LongTermId.Encode(writer);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : LongTermIdRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            LongTermId = LongTermId.Decode(ref reader),
        };
        reader.Leave(outer);
        return request;
    }
}
