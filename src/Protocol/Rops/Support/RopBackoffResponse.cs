namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopBackoff response ([MS-OXCROPS] 2.2.15.2): the server asks the client to hold back a logon for
/// Duration milliseconds and the listed ROPs for theirs. It has no handle index and no ReturnValue.
/// </summary>
public sealed record RopBackoffResponse : RopResponse, IRopResponseDecoder<RopBackoffResponse>
{
    public override RopId RopId => RopId.RopBackoff;

    public byte LogonId { get; init; }

    public uint Duration { get; init; }

    public ValueArray<BackoffRop> BackoffRopData { get; init; } = ValueArray<BackoffRop>.Empty;

    public ValueArray<byte> AdditionalData { get; init; } = ValueArray<byte>.Empty;

    public int BackoffRopCount => BackoffRopData.Count;

    public int AdditionalDataSize => AdditionalData.Count;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopBackoff));
        byte logonId = reader.ReadByte(nameof(LogonId));
        uint duration = reader.ReadUInt32(nameof(Duration));
        int countAt = reader.Offset;
        byte count = reader.ReadByte(nameof(BackoffRopCount));
        reader.CheckCount(count, BackoffRop.Size, nameof(BackoffRopCount), countAt);
        var entries = new BackoffRop[count];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = BackoffRop.Decode(ref reader);
        }

        int size = reader.ReadCount16(nameof(AdditionalDataSize), 1);
        byte[] additional = reader.ReadBytes(size, nameof(AdditionalData));
        reader.Leave(outer);
        return new RopBackoffResponse { LogonId = logonId, Duration = duration, BackoffRopData = entries, AdditionalData = additional };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (BackoffRopData.Count > byte.MaxValue)
        {
            throw new InvalidOperationException($"{BackoffRopData.Count} entries do not fit the one-byte BackoffRopCount");
        }

        writer.WriteByte(LogonId);
        writer.WriteUInt32(Duration);
        writer.WriteByte((byte)BackoffRopData.Count);
        foreach (BackoffRop entry in BackoffRopData)
        {
            entry.Encode(writer);
        }

        writer.WriteCount16(AdditionalData.Count, nameof(AdditionalDataSize));
        writer.WriteBytes(AdditionalData.AsSpan());
    }
}
