namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopDeleteMessages response, one layout for every ReturnValue ([MS-OXCROPS] 2.2.4.11.2); the layout is <see cref="PartialCompletionResponse"/>.</summary>
public sealed record RopDeleteMessagesResponse : PartialCompletionResponse, IRopResponseDecoder<RopDeleteMessagesResponse>
{
    public override RopId RopId => RopId.RopDeleteMessages;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopDeleteMessagesResponse>(ref reader, RopId.RopDeleteMessages);
}
