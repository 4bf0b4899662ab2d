namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The request shared by RopCloneStream and RopCreateAttachment ([MS-OXCROPS] 2.2.9.13.1, 2.2.6.13.1): InputHandleIndex,
/// the object acted on, then OutputHandleIndex, where the new object goes, and nothing else.
/// </summary>
public abstract record InputOutputHandleRequest : RopRequest, IRopInputHandle, IRopOutputHandle
{
    public byte InputHandleIndex { get; init; }

    public byte OutputHandleIndex { get; init; }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteByte(OutputHandleIndex);
    }

    /// <summary>Decodes the fields after LogonId into a <typeparamref name="T"/>.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, byte logonId, RopId ropId)
        where T : InputOutputHandleRequest, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var request = new T
        {
            LogonId = logonId,
            InputHandleIndex = reader.ReadByte(nameof(InputHandleIndex)),
            OutputHandleIndex = reader.ReadByte(nameof(OutputHandleIndex)),
        };
        reader.Leave(outer);
        return request;
    }
}
