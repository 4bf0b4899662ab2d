namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>
/// The response shared by RopDeleteFolder, RopDeleteMessages and RopEmptyFolder ([MS-OXCROPS] 2.2.4.3.2,
/// 2.2.4.11.2, 2.2.4.9.2; [MS-OXCFOLD] 2.2.1.3.2, 2.2.1.11.2, 2.2.1.9.2): InputHandleIndex, ReturnValue, then
/// PartialCompletion. These ROPs have one layout, not separate success and failure buffers, so
/// PartialCompletion follows every ReturnValue: a failed deletion can be partial.
/// </summary>
public abstract record PartialCompletionResponse : RopResponse, IRopResult
{
    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool PartialCompletion { get; init; }

    byte IRopResult.HandleIndex => InputHandleIndex;

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(PartialCompletion);
    }

    /// <summary>Decodes the fields after RopId into a <typeparamref name="T"/>, whatever the ReturnValue.</summary>
    /// <param name="ropId">The concrete ROP, which names the structure in errors.</param>
    protected static T DecodeFields<T>(ref ProtocolReader reader, RopId ropId)
        where T : PartialCompletionResponse, new()
    {
        string outer = reader.Enter(ropId.ToString());
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        var response = new T
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            PartialCompletion = reader.ReadBoolean(nameof(PartialCompletion)),
        };
        reader.Leave(outer);
        return response;
    }
}
