namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopCopyToStream response for every ReturnValue except NullDestinationObject ([MS-OXCROPS] 2.2.9.9.2,
/// [MS-OXCPRPT] 2.2.22.2): ReadByteCount and WrittenByteCount follow failures too, so a partial copy
/// reports how far it got. NullDestinationObject has its own layout, <see cref="RopCopyToStreamNullDestinationResponse"/>.
/// </summary>
public sealed record RopCopyToStreamResponse : RopResponse, IRopResult, IRopResponseDecoder<RopCopyToStreamResponse>
{
    public override RopId RopId => RopId.RopCopyToStream;

    public byte SourceHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ulong ReadByteCount { get; init; }

    public ulong WrittenByteCount { get; init; }

    byte IRopResult.HandleIndex => SourceHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopCopyToStream));
        var header = RopResponseHeader.Decode(ref reader, nameof(SourceHandleIndex));
        RopResponse response = header.ReturnValue == RopCopyToStreamNullDestinationResponse.NullDestinationObject
            ? new RopCopyToStreamNullDestinationResponse
            {
                SourceHandleIndex = header.HandleIndex,
                DestHandleIndex = reader.ReadUInt32(nameof(RopCopyToStreamNullDestinationResponse.DestHandleIndex)),
                ReadByteCount = reader.ReadUInt64(nameof(ReadByteCount)),
                WrittenByteCount = reader.ReadUInt64(nameof(WrittenByteCount)),
            }
            : new RopCopyToStreamResponse
            {
                SourceHandleIndex = header.HandleIndex,
                ReturnValue = header.ReturnValue,
                ReadByteCount = reader.ReadUInt64(nameof(ReadByteCount)),
                WrittenByteCount = reader.ReadUInt64(nameof(WrittenByteCount)),
            };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (ReturnValue == RopCopyToStreamNullDestinationResponse.NullDestinationObject)
        {
            throw new InvalidOperationException("NullDestinationObject has its own layout: use RopCopyToStreamNullDestinationResponse");
        }

        writer.WriteByte(SourceHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt64(ReadByteCount);
        writer.WriteUInt64(WrittenByteCount);
    }
}
