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
    ];
}
