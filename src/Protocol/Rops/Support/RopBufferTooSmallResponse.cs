namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopBufferTooSmall response ([MS-OXCROPS] 2.2.15.1): the server needed SizeNeeded bytes for the next
/// response; RequestBuffers are the request bytes it did not process, to the end of the buffer. It has
/// no handle index and no ReturnValue.
/// </summary>
public sealed record RopBufferTooSmallResponse : RopResponse, IRopResponseDecoder<RopBufferTooSmallResponse>
{
    public override RopId RopId => RopId.RopBufferTooSmall;

    public ushort SizeNeeded { get; init; }

    public ValueArray<byte> RequestBuffers { get; init; } = ValueArray<byte>.Empty;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopBufferTooSmall));
        var response = new RopBufferTooSmallResponse
        {
            SizeNeeded = reader.ReadUInt16(nameof(SizeNeeded)),
            RequestBuffers = reader.ReadRest().ToArray(),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteUInt16(SizeNeeded);
        writer.WriteBytes(RequestBuffers.AsSpan());
    }
}
