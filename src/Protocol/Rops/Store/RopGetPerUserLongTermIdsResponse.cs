namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>RopGetPerUserLongTermIds success response ([MS-OXCROPS] 2.2.3.10.2, [MS-OXCSTOR] 2.2.1.10.2).</summary>
public sealed record RopGetPerUserLongTermIdsResponse : RopResponse, IRopResult, IRopResponseDecoder<RopGetPerUserLongTermIdsResponse>
{
    public override RopId RopId => RopId.RopGetPerUserLongTermIds;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    /// <summary>The folders with cached per-user data; LongTermIdCount is their number.</summary>
    public ValueArray<LongTermId> LongTermIds { get; init; } = ValueArray<LongTermId>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopGetPerUserLongTermIds));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopGetPerUserLongTermIds);
        }

        var ids = new LongTermId[reader.ReadCount16("LongTermIdCount", LongTermId.Size)];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = LongTermId.Decode(ref reader);
        }

        reader.Leave(outer);
        return new RopGetPerUserLongTermIdsResponse { InputHandleIndex = header.HandleIndex, ReturnValue = header.ReturnValue, LongTermIds = ids };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteCount16(LongTermIds.Count, "LongTermIdCount");
        foreach (LongTermId id in LongTermIds)
        {
            id.Encode(writer);
        }
    }
}
