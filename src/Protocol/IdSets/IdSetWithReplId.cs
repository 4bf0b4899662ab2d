namespace Conformance.Protocol.IdSets;

using Conformance.Protocol.Encoding;

/// <summary>
/// A serialized IDSET whose entries start with a 2-byte REPLID ([MS-OXCFXICS] 2.2.2.4.1). It has no
/// count: entries run to the end of the buffer, in ascending REPLID order, each REPLID at most once.
/// </summary>
public sealed record IdSetWithReplId(ValueArray<ReplIdGlobset> Entries)
{
    public const string StructureName = "IDSET";

    /// <summary>Sorts <paramref name="entries"/> into wire order; a repeated REPLID is an error.</summary>
    public static IdSetWithReplId Create(IEnumerable<ReplIdGlobset> entries)
    {
        ReplIdGlobset[] sorted = [.. entries.OrderBy(e => e.ReplId)];
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].ReplId == sorted[i - 1].ReplId)
            {
                throw new ArgumentException($"REPLID 0x{sorted[i].ReplId:X4} appears twice", nameof(entries));
            }
        }

        return new IdSetWithReplId(sorted);
    }

    /// <summary>Decodes entries until the reader is exhausted.</summary>
    public static IdSetWithReplId Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(StructureName);
        var entries = new List<ReplIdGlobset>();
        while (!reader.End)
        {
            int at = reader.Offset;
            ushort replId = reader.ReadUInt16("REPLID");
            if (entries.Count > 0 && replId <= entries[^1].ReplId)
            {
                throw reader.ErrorAt(at, "REPLID", ProtocolErrorKind.InvalidValue, $"REPLID 0x{replId:X4} does not follow 0x{entries[^1].ReplId:X4} in ascending order");
            }

            Globset globset = Globset.Decode(ref reader);
            entries.Add(new ReplIdGlobset(replId, globset));
        }

        reader.Leave(outer);
        return new IdSetWithReplId(entries.ToArray());
    }

    public static IdSetWithReplId FromBytes(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, StructureName);
        return Decode(ref reader);
    }

    public void Encode(ProtocolWriter writer)
    {
        ReadOnlySpan<ReplIdGlobset> entries = Entries.AsSpan();
        for (int i = 0; i < entries.Length; i++)
        {
            if (i > 0 && entries[i - 1].ReplId >= entries[i].ReplId)
            {
                throw new InvalidOperationException($"IDSET entry {i} (REPLID 0x{entries[i].ReplId:X4}) is not in ascending REPLID order");
            }

            writer.WriteUInt16(entries[i].ReplId);
            entries[i].Globset.Encode(writer);
        }
    }

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter(32);
        Encode(writer);
        return writer.ToArray();
    }
}
