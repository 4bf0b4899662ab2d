namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>RopReadPerUserInformation success response ([MS-OXCROPS] 2.2.3.12.2, [MS-OXCSTOR] 2.2.1.12.2).</summary>
public sealed record RopReadPerUserInformationResponse : RopResponse, IRopResult, IRopResponseDecoder<RopReadPerUserInformationResponse>
{
    public override RopId RopId => RopId.RopReadPerUserInformation;

    public byte InputHandleIndex { get; init; }

    public uint ReturnValue { get; init; }

    public bool HasFinished { get; init; }

    /// <summary>A block of a serialized CNSET ([MS-OXCFXICS] IDSET), kept as raw bytes; DataSize is its length.</summary>
    public ValueArray<byte> Data { get; init; } = ValueArray<byte>.Empty;

    byte IRopResult.HandleIndex => InputHandleIndex;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context)
    {
        string outer = reader.Enter(nameof(RopId.RopReadPerUserInformation));
        var header = RopResponseHeader.Decode(ref reader, nameof(InputHandleIndex));
        if (!header.Succeeded)
        {
            reader.Leave(outer);
            return header.Failure(RopId.RopReadPerUserInformation);
        }

        bool hasFinished = reader.ReadBoolean(nameof(HasFinished));
        ushort dataSize = reader.ReadCount16("DataSize", 1);
        var response = new RopReadPerUserInformationResponse
        {
            InputHandleIndex = header.HandleIndex,
            ReturnValue = header.ReturnValue,
            HasFinished = hasFinished,
            Data = reader.ReadBytes(dataSize, nameof(Data)),
        };
        reader.Leave(outer);
        return response;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(InputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteBoolean(HasFinished);
        writer.WriteCount16(Data.Count, "DataSize");
        writer.WriteBytes(Data.AsSpan());
    }
}
