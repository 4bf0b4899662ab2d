namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>The DataSize (2 bytes) + Data pair shared by the stream ROPs ([MS-OXCPRPT] 2.2.15.2, 2.2.16.1, 2.2.17.1, 2.2.26.1).</summary>
internal static class StreamData
{
    /// <summary>
    /// Reads DataSize then Data. The size is not pre-checked as a count: the read of Data itself checks
    /// the bytes are there before anything is allocated, and a short buffer is reported as a truncated
    /// Data field (the size itself is a legal 16-bit value), as in the truncated example of [MS-OXCPRPT] 4.4.2.1.
    /// </summary>
    public static ValueArray<byte> Decode(ref ProtocolReader reader)
    {
        ushort size = reader.ReadUInt16("DataSize");
        return reader.ReadBytes(size, "Data");
    }

    public static void Encode(ProtocolWriter writer, ValueArray<byte> data)
    {
        writer.WriteCount16(data.Count, "DataSize");
        writer.WriteBytes(data.AsSpan());
    }
}
