namespace Conformance.Protocol.Data;

using System.Buffers.Binary;
using Conformance.Protocol.Encoding;

/// <summary>
/// A Folder ID or Message ID ([MS-OXCDATA] 2.2.1.1, 2.2.1.2): a 2-byte REPLID followed by a 6-byte
/// GLOBCNT. The GLOBCNT is kept as the big-endian number its bytes spell, so IDs sort the way
/// [MS-OXCFXICS] GLOBSETs do.
/// </summary>
public readonly record struct ObjectId(ushort ReplicaId, ulong GlobalCounter) : IComparable<ObjectId>
{
    public const int Size = 8;

    /// <summary>The largest GLOBCNT: 48 bits.</summary>
    public const ulong MaxGlobalCounter = 0xFFFF_FFFF_FFFF;

    public static ObjectId Decode(ref ProtocolReader reader, string field = "ObjectId")
    {
        ushort replica = reader.ReadUInt16(field);
        ulong counter = ReadGlobalCounter(ref reader, field);
        return new ObjectId(replica, counter);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteUInt16(ReplicaId);
        WriteGlobalCounter(writer, GlobalCounter);
    }

    /// <summary>Reads a 6-byte GLOBCNT ([MS-OXCDATA] 2.2.1.1), big-endian.</summary>
    public static ulong ReadGlobalCounter(ref ProtocolReader reader, string field)
    {
        ReadOnlySpan<byte> bytes = reader.ReadSpan(6, field);
        Span<byte> wide = stackalloc byte[8];
        bytes.CopyTo(wide[2..]);
        return BinaryPrimitives.ReadUInt64BigEndian(wide);
    }

    public static void WriteGlobalCounter(ProtocolWriter writer, ulong counter)
    {
        if (counter > MaxGlobalCounter)
        {
            throw new InvalidOperationException($"GLOBCNT 0x{counter:X} exceeds 48 bits");
        }

        Span<byte> wide = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(wide, counter);
        writer.WriteBytes(wide[2..]);
    }

    public static bool operator <(ObjectId left, ObjectId right) => left.CompareTo(right) < 0;

    public static bool operator >(ObjectId left, ObjectId right) => left.CompareTo(right) > 0;

    public static bool operator <=(ObjectId left, ObjectId right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ObjectId left, ObjectId right) => left.CompareTo(right) >= 0;

    /// <summary>Orders by REPLID, then by GLOBCNT as a number.</summary>
    public int CompareTo(ObjectId other) =>
        ReplicaId != other.ReplicaId ? ReplicaId.CompareTo(other.ReplicaId) : GlobalCounter.CompareTo(other.GlobalCounter);

    public override string ToString() => $"{ReplicaId:X4}-{GlobalCounter:X12}";
}
