namespace Conformance.Protocol.IdSets;

using Conformance.Protocol.Encoding;

/// <summary>
/// A serialized IDSET whose entries start with a REPLGUID ([MS-OXCFXICS] 2.2.2.4.2), as carried by
/// MetaTagIdsetGiven and by the Data of RopReadPerUserInformation / RopWritePerUserInformation
/// ([MS-OXCSTOR] 2.2.1.12.2, 2.2.1.13.1). It has no count: entries run to the end of the buffer.
/// </summary>
/// <remarks>
/// Entries are in ascending REPLGUID order by byte-to-byte comparison of the 16 wire bytes, each
/// REPLGUID at most once; the decoder rejects any other order. Use <see cref="Create"/> to sort.
/// </remarks>
public sealed record IdSetWithReplGuid(ValueArray<ReplGuidGlobset> Entries)
{
    public const string StructureName = "IDSET";

    /// <summary>Sorts <paramref name="entries"/> into wire order; a repeated REPLGUID is an error.</summary>
    public static IdSetWithReplGuid Create(IEnumerable<ReplGuidGlobset> entries)
    {
        ReplGuidGlobset[] sorted = [.. entries];
        Array.Sort(sorted, (a, b) => CompareWire(a.ReplGuid, b.ReplGuid));
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].ReplGuid == sorted[i - 1].ReplGuid)
            {
                throw new ArgumentException($"REPLGUID {sorted[i].ReplGuid} appears twice", nameof(entries));
            }
        }

        return new IdSetWithReplGuid(sorted);
    }

    /// <summary>Decodes entries until the reader is exhausted.</summary>
    public static IdSetWithReplGuid Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(StructureName);
        var entries = new List<ReplGuidGlobset>();
        ReadOnlySpan<byte> previous = default;
        while (!reader.End)
        {
            int at = reader.Offset;
            ReadOnlySpan<byte> guid = reader.ReadSpan(16, "REPLGUID");
            if (entries.Count > 0 && guid.SequenceCompareTo(previous) <= 0)
            {
                throw reader.ErrorAt(at, "REPLGUID", ProtocolErrorKind.InvalidValue, "REPLGUIDs are not in strictly ascending byte order");
            }

            previous = guid;
            Globset globset = Globset.Decode(ref reader);
            entries.Add(new ReplGuidGlobset(new Guid(guid), globset));
        }

        reader.Leave(outer);
        return new IdSetWithReplGuid(entries.ToArray());
    }

    public static IdSetWithReplGuid FromBytes(ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, StructureName);
        return Decode(ref reader);
    }

    public void Encode(ProtocolWriter writer)
    {
        ReadOnlySpan<ReplGuidGlobset> entries = Entries.AsSpan();
        for (int i = 0; i < entries.Length; i++)
        {
            if (i > 0 && CompareWire(entries[i - 1].ReplGuid, entries[i].ReplGuid) >= 0)
            {
                throw new InvalidOperationException($"IDSET entry {i} (REPLGUID {entries[i].ReplGuid}) is not in ascending REPLGUID order");
            }

            writer.WriteGuid(entries[i].ReplGuid);
            entries[i].Globset.Encode(writer);
        }
    }

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter(32);
        Encode(writer);
        return writer.ToArray();
    }

    /// <summary>Orders GUIDs by their 16 wire bytes ([MS-OXCFXICS] 2.2.2.4.2), not by <see cref="Guid.CompareTo(Guid)"/>.</summary>
    public static int CompareWire(Guid a, Guid b)
    {
        Span<byte> left = stackalloc byte[16];
        Span<byte> right = stackalloc byte[16];
        a.TryWriteBytes(left);
        b.TryWriteBytes(right);
        return left.SequenceCompareTo(right);
    }
}
