namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Rops.Stream;

/// <summary>The ROPs of [MS-OXCPRPT] 2.2.14 to 2.2.27, and RopEmptyFolder for the RopProgress example of [MS-OXCPRPT] 4.5.</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] StreamRops =>
    [
        RopCodecEntry.Create<RopOpenStreamRequest, RopOpenStreamResponse>(RopId.RopOpenStream),
        RopCodecEntry.Create<RopReadStreamRequest, RopReadStreamResponse>(RopId.RopReadStream),
        RopCodecEntry.Create<RopWriteStreamRequest, RopWriteStreamResponse>(RopId.RopWriteStream),
        RopCodecEntry.Create<RopWriteStreamExtendedRequest, RopWriteStreamExtendedResponse>(RopId.RopWriteStreamExtended),
        RopCodecEntry.Create<RopCommitStreamRequest, RopCommitStreamResponse>(RopId.RopCommitStream),
        RopCodecEntry.Create<RopGetStreamSizeRequest, RopGetStreamSizeResponse>(RopId.RopGetStreamSize),
        RopCodecEntry.Create<RopSetStreamSizeRequest, RopSetStreamSizeResponse>(RopId.RopSetStreamSize),
        RopCodecEntry.Create<RopSeekStreamRequest, RopSeekStreamResponse>(RopId.RopSeekStream),

        // The response decoder also yields RopCopyToStreamNullDestinationResponse for ReturnValue 0x00000503.
        RopCodecEntry.Create<RopCopyToStreamRequest, RopCopyToStreamResponse>(RopId.RopCopyToStream),
        RopCodecEntry.Create<RopProgressRequest, RopProgressResponse>(RopId.RopProgress),
        RopCodecEntry.Create<RopLockRegionStreamRequest, RopLockRegionStreamResponse>(RopId.RopLockRegionStream),
        RopCodecEntry.Create<RopUnlockRegionStreamRequest, RopUnlockRegionStreamResponse>(RopId.RopUnlockRegionStream),
        RopCodecEntry.Create<RopWriteAndCommitStreamRequest, RopWriteAndCommitStreamResponse>(RopId.RopWriteAndCommitStream),
        RopCodecEntry.Create<RopCloneStreamRequest, RopCloneStreamResponse>(RopId.RopCloneStream),
        RopCodecEntry.Create<RopEmptyFolderRequest, RopEmptyFolderResponse>(RopId.RopEmptyFolder),
    ];
}
