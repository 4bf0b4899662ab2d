namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopSeekStream request ([MS-OXCROPS] 2.2.9.8.1, [MS-OXCPRPT] 2.2.21.1).</summary>
public sealed record RopSeekStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopSeekStreamRequest>
{
    public override RopId RopId => RopId.RopSeekStream;

    public byte InputHandleIndex { get; init; }

    /// <summary>Kept as sent: an undefined origin does not change the layout, and the server answers it with StreamInvalidParam ([MS-OXCPRPT] 3.2.5.18).</summary>
    public SeekStreamOrigin Origin { get; init; }

    /// <summary>Signed: the pointer can move backwards.</summary>
    public long Offset { get; init; }

    public static RopSeekStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopSeekStream));
        var request = new RopSeekStreamRequest
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            Origin = (SeekStreamOrigin)reader.ReadByte(nameof(Origin)),
            Offset = reader.ReadInt64(nameof(Offset)),
        };
#if PLANTED_BUG
        // The AFL++ planted-bug check (target planted-decoder): only a build with -p:PlantedBug=true has this crash.
        // The bytes are compared one at a time, so each one AFL++ gets right is a new edge that leads it on.
        if ((byte)request.Offset == (byte)'O' && (byte)(request.Offset >> 8) == (byte)'X' && (byte)(request.Offset >> 16) == (byte)'C' && (byte)(request.Offset >> 24) == (byte)'!')
        {
            throw new IndexOutOfRangeException("planted bug in the RopSeekStream request decoder");
        }
#endif
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte((byte)Origin);
        writer.WriteInt64(Offset);
    }
}
