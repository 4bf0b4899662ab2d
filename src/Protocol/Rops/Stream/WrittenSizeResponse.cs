namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;

/// <summary>
/// The response shared by RopWriteStream and RopWriteAndCommitStream ([MS-OXCROPS] 2.2.9.3.2, 2.2.9.12.2;
/// [MS-OXCPRPT] 2.2.16.2, 2.2.26.2): InputHandleIndex, ReturnValue, then WrittenSize (2 bytes). WrittenSize
/// follows every ReturnValue, failures included: a short write reports an error and how much was written.
/// RopWriteStreamExtended has a 4-byte WrittenSize and its own record.
/// </summary>
public abstract record WrittenSizeResponse : RopResponse, IRopResult
{
    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public ushort WrittenSize { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteUInt16(WrittenSize);
    }

    /// <summary>Decodes the fields after RopId into a <typeparamref name="T"/>, whatever the ReturnValue.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, RopId ropId)
        where T : WrittenSizeResponse, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new T
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            WrittenSize = reader.ReadUInt16(nameof(WrittenSize)),
        };
        reader.Leave(outer);
        return response;
    }
}
