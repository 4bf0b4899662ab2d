namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>One entry of BackoffRopData ([MS-OXCROPS] 2.2.15.2.1.1): a ROP to hold back and for how many milliseconds.</summary>
public readonly record struct BackoffRop(RopId RopIdBackoff, uint Duration)
{
    public const int Size = 5;

    public static BackoffRop Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(nameof(BackoffRop));
        var value = new BackoffRop((RopId)reader.ReadByte(nameof(RopIdBackoff)), reader.ReadUInt32(nameof(Duration)));
        reader.Leave(outer);
        return value;
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteByte((byte)RopIdBackoff);
        writer.WriteUInt32(Duration);
    }
}
