namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>The framing shared by ROP input and output buffers ([MS-OXCROPS] 2.2.1).</summary>
internal static class RopBufferLayout
{
    public const int HandleSize = 4;

    /// <summary>Writes RopSize, the RopsList it frames (each ROP by <paramref name="encode"/>), then the ServerObjectHandleTable.</summary>
    public static void Write<T>(ProtocolWriter writer, ValueArray<T> ropsList, ValueArray<uint> handles, Action<T, ProtocolWriter> encode)
    {
        int start = writer.Position;
        int sizeAt = writer.Reserve16();
        foreach (T rop in ropsList)
        {
            encode(rop, writer);
        }

        writer.PatchLength16(sizeAt, start, "RopSize");
        WriteHandleTable(writer, handles);
    }

    /// <summary>Reads RopSize and returns a reader over the RopsList it frames.</summary>
    public static ProtocolReader ReadRopsList(ref ProtocolReader reader)
    {
        int at = reader.Offset;
        ushort ropSize = reader.ReadUInt16("RopSize");

        // RopSize counts its own two bytes, so anything below 2 cannot be right.
        if (ropSize < 2)
        {
            throw reader.ErrorAt(at, "RopSize", ProtocolErrorKind.InvalidValue, $"RopSize {ropSize} is smaller than the RopSize field itself");
        }

        if (ropSize - 2 > reader.Remaining)
        {
            throw reader.ErrorAt(at, "RopSize", ProtocolErrorKind.CountTooLarge, $"RopSize {ropSize} runs past the {reader.Remaining + 2}-byte buffer");
        }

        ProtocolReader ropsList = reader.Slice(ropSize - 2, "RopsList");
        ropsList.Structure = "RopsList";
        return ropsList;
    }

    /// <summary>Reads the ServerObjectHandleTable: every remaining byte, in 4-byte handles.</summary>
    public static ValueArray<uint> ReadHandleTable(ref ProtocolReader reader)
    {
        if (reader.Remaining % HandleSize != 0)
        {
            throw reader.Error("ServerObjectHandleTable", ProtocolErrorKind.InvalidValue, $"{reader.Remaining} byte(s) is not a whole number of 4-byte handles");
        }

        var handles = new uint[reader.Remaining / HandleSize];
        for (int i = 0; i < handles.Length; i++)
        {
            handles[i] = reader.ReadUInt32("ServerObjectHandleTable");
        }

        return handles;
    }

    private static void WriteHandleTable(ProtocolWriter writer, ValueArray<uint> handles)
    {
        foreach (uint handle in handles)
        {
            writer.WriteUInt32(handle);
        }
    }
}
