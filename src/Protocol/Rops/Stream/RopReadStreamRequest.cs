namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>RopReadStream request ([MS-OXCROPS] 2.2.9.2.1, [MS-OXCPRPT] 2.2.15.1).</summary>
public sealed record RopReadStreamRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopReadStreamRequest>
{
    /// <summary>The ByteCount value that says the real limit follows in MaximumByteCount.</summary>
    public const ushort UseMaximumByteCount = 0xBABE;

    public override RopId RopId => RopId.RopReadStream;

    public byte InputHandleIndex { get; init; }

    public ushort ByteCount { get; init; }

    /// <summary>Present exactly when <see cref="ByteCount"/> is <see cref="UseMaximumByteCount"/>.</summary>
    public uint? MaximumByteCount { get; init; }

    public static RopReadStreamRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopReadStream));
        byte input = reader.ReadByte(nameof(InputHandleIndex));
        ushort byteCount = reader.ReadUInt16(nameof(ByteCount));
        var request = new RopReadStreamRequest
        {
            LogonId = logonId,
            InputHandleIndex = input,
            ByteCount = byteCount,
            MaximumByteCount = byteCount == UseMaximumByteCount ? reader.ReadUInt32(nameof(MaximumByteCount)) : null,
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if ((ByteCount == UseMaximumByteCount) != MaximumByteCount.HasValue)
        {
            throw new InvalidOperationException($"MaximumByteCount must be given if and only if ByteCount is 0x{UseMaximumByteCount:X4}");
        }

        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt16(ByteCount);
        if (MaximumByteCount is uint maximum)
        {
            writer.WriteUInt32(maximum);
        }
    }
}
