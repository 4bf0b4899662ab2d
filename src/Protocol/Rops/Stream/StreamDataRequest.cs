namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopWriteStream, RopWriteStreamExtended and RopWriteAndCommitStream ([MS-OXCROPS]
/// 2.2.9.3.1, 2.2.9.4.1, 2.2.9.12.1; [MS-OXCPRPT] 2.2.16.1, 2.2.17.1, 2.2.26.1): InputHandleIndex, then
/// DataSize (2 bytes) and Data.
/// </summary>
public abstract record StreamDataRequest : RopRequest, IRopInputHandle
{
    public byte InputHandleIndex { get; init; }

    /// <summary>The bytes to write; DataSize on the wire is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        StreamData.Encode(writer, Data);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : StreamDataRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            Data = StreamData.Decode(ref reader),
        };
        reader.Leave(outer);
        return request;
    }
}
