namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Rops.Support;

/// <summary>The ROPs of the supporting ROPs a test client needs ([MS-OXCROPS] folders, tables, messages, attachments, RopRelease, RopBufferTooSmall, RopBackoff).</summary>
public static partial class RopRegistry
{
    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    private static RopCodecEntry[] SupportRops =>
    [
        RopCodecEntry.RequestOnly<RopReleaseRequest>(RopId.RopRelease),
        RopCodecEntry.Create<RopOpenFolderRequest, RopOpenFolderResponse>(RopId.RopOpenFolder),
        RopCodecEntry.Create<RopCreateFolderRequest, RopCreateFolderResponse>(RopId.RopCreateFolder),
        RopCodecEntry.Create<RopDeleteFolderRequest, RopDeleteFolderResponse>(RopId.RopDeleteFolder),
        RopCodecEntry.Create<RopGetHierarchyTableRequest, RopGetHierarchyTableResponse>(RopId.RopGetHierarchyTable),
        RopCodecEntry.Create<RopGetContentsTableRequest, RopGetContentsTableResponse>(RopId.RopGetContentsTable),
        RopCodecEntry.Create<RopSetColumnsRequest, RopSetColumnsResponse>(RopId.RopSetColumns),
        RopCodecEntry.Create<RopQueryRowsRequest, RopQueryRowsResponse>(RopId.RopQueryRows),
        RopCodecEntry.Create<RopCreateMessageRequest, RopCreateMessageResponse>(RopId.RopCreateMessage),
        RopCodecEntry.Create<RopOpenMessageRequest, RopOpenMessageResponse>(RopId.RopOpenMessage),
        RopCodecEntry.Create<RopSaveChangesMessageRequest, RopSaveChangesMessageResponse>(RopId.RopSaveChangesMessage),
        RopCodecEntry.Create<RopDeleteMessagesRequest, RopDeleteMessagesResponse>(RopId.RopDeleteMessages),
        RopCodecEntry.Create<RopCreateAttachmentRequest, RopCreateAttachmentResponse>(RopId.RopCreateAttachment),
        RopCodecEntry.Create<RopOpenAttachmentRequest, RopOpenAttachmentResponse>(RopId.RopOpenAttachment),
        RopCodecEntry.Create<RopSaveChangesAttachmentRequest, RopSaveChangesAttachmentResponse>(RopId.RopSaveChangesAttachment),
        RopCodecEntry.Create<RopSubmitMessageRequest, RopSubmitMessageResponse>(RopId.RopSubmitMessage),
        RopCodecEntry.ResponseOnly<RopBufferTooSmallResponse>(RopId.RopBufferTooSmall),
        RopCodecEntry.ResponseOnly<RopBackoffResponse>(RopId.RopBackoff),
        RopCodecEntry.ResponseOnly<RopPendingResponse>(RopId.RopPending),
    ];
}
