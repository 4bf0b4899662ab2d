namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// A LongTermID ([MS-OXCDATA] 2.2.1.3.1): the REPLGUID of the database, a 6-byte GLOBCNT and a
/// 2-byte Pad. Pad is kept as sent so a conformance check can flag a nonzero one.
/// </summary>
public readonly record struct LongTermId(Guid DatabaseGuid, ulong GlobalCounter, ushort Pad = 0)
{
    public const int Size = 24;

    public static LongTermId Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(nameof(LongTermId));
        Guid guid = reader.ReadGuid("DatabaseGuid");
        ulong counter = ObjectId.ReadGlobalCounter(ref reader, "GlobalCounter");
        ushort pad = reader.ReadUInt16("Pad");
        reader.Leave(outer);
        return new LongTermId(guid, counter, pad);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteGuid(DatabaseGuid);
        ObjectId.WriteGlobalCounter(writer, GlobalCounter);
        writer.WriteUInt16(Pad);
    }
}
