namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>RopDeleteFolder response, one layout for every ReturnValue ([MS-OXCROPS] 2.2.4.3.2); the layout is <see cref="PartialCompletionResponse"/>.</summary>
public sealed record RopDeleteFolderResponse : PartialCompletionResponse, IRopResponseDecoder<RopDeleteFolderResponse>
{
    public override RopId RopId => RopId.RopDeleteFolder;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopDeleteFolderResponse>(ref reader, RopId.RopDeleteFolder);
}
