namespace Conformance.Protocol.Rops.Stream;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Support;

/// <summary>RopEmptyFolder response, one layout for every ReturnValue ([MS-OXCROPS] 2.2.4.9.2, [MS-OXCFOLD] 2.2.1.9.2); the layout is <see cref="PartialCompletionResponse"/>.</summary>
public sealed record RopEmptyFolderResponse : PartialCompletionResponse, IRopResponseDecoder<RopEmptyFolderResponse>
{
    public override RopId RopId => RopId.RopEmptyFolder;

    public static RopResponse DecodeBody(ref ProtocolReader reader, RopResponseContext context) =>
        DecodeFields<RopEmptyFolderResponse>(ref reader, RopId.RopEmptyFolder);
}
