namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopRelease ([MS-OXCROPS] 2.2.15.3): releases a Server object; it has no response.</summary>
public sealed record RopReleaseRequest : RopRequest, IRopInputHandle, IRopRequestDecoder<RopReleaseRequest>
{
    public override RopId RopId => RopId.RopRelease;

    public byte InputHandleIndex { get; init; }

    public static RopReleaseRequest DecodeBody(ref ProtocolReader reader, byte logonId) =>
        new() { LogonId = logonId, InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)) };

    protected override void EncodeBody(ProtocolWriter writer) => writer.WriteByte(InputHandleIndex);
}
