namespace Conformance.Store.Processing.Stream;

using System.Runtime.CompilerServices;
using Conformance.Protocol.Data;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>
/// The byte-range locks of RopLockRegionStream ([MS-OXCPRPT] 3.2.5.21, 3.2.5.22), one table per server.
/// A lock is on a property of a stored object, whatever Stream object it was taken through, so it
/// restricts the streams other sessions open on the same property. Accessed only under the server lock.
/// </summary>
public sealed class StreamLocks
{
    /// <summary>[MS-OXCPRPT] 3.2.5.21: a lock whose session has been idle longer than this can be taken over.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    /// <summary>LockFlags value that lets other sessions read the region but not write it ([MS-OXCPRPT] 2.2.24.1).</summary>
    public const uint WriteLock = 0x00000001;

    private static readonly ConditionalWeakTable<StoreServer, StreamLocks> Tables = [];

    private readonly List<RegionLock> locks = [];

    public static StreamLocks For(StoreServer server) => Tables.GetValue(server, _ => new StreamLocks());

    /// <summary>What a lock is on: the stored object (or its working record before the first save) and the property.</summary>
    public static (object Target, uint Part, ushort PropertyId) KeyOf(StreamContent content)
    {
        ushort id = content.PropertyTag.PropertyId;
        return content.Owner switch
        {
            FolderObject folder => (folder.Folder, 0u, id),
            MessageObject message => (message.Saved ?? (StoreObjectRecord)message.Working, 0u, id),
            AttachmentObject attachment => (attachment.Message.Saved ?? (StoreObjectRecord)attachment.Message.Working, attachment.Working.Number + 1, id),
            _ => (content.Owner, 0u, id),
        };
    }

    /// <summary>
    /// RopLockRegionStream: grants the lock unless a live lock overlaps the region. Locks of sessions idle
    /// longer than <see cref="Expiry"/> are expired first: their session's pending changes are discarded
    /// and it gets NetworkError when it next touches the region.
    /// </summary>
    public uint Lock(StreamObject stream, ulong offset, ulong size, uint lockFlags, DateTimeOffset now)
    {
        var key = KeyOf(stream.Content);
        RegionLock[] overlapping = locks.Where(l => l.Key == key && Overlaps(l.Offset, l.Size, offset, size)).ToArray();
        foreach (RegionLock previous in overlapping)
        {
            if (now - previous.Session.LastActivity <= Expiry)
            {
                return ErrorCodes.AccessDenied;
            }
        }

        foreach (RegionLock expired in overlapping)
        {
            locks.Remove(expired);
            expired.Content.ExpiredRegions.Add((expired.Offset, expired.Size));
            expired.Content.Reset(StreamRules.CurrentBytes(expired.Content.Owner, expired.Content.PropertyTag) ?? []);
        }

        locks.Add(new RegionLock(key, stream.Session, stream.Content, offset, size, lockFlags));
        return ErrorCodes.Success;
    }

    /// <summary>RopUnlockRegionStream: removes the calling session's locks that lie within the region; others' stay.</summary>
    public void Unlock(StreamObject stream, ulong offset, ulong size)
    {
        var key = KeyOf(stream.Content);
        ulong end = End(offset, size);
        locks.RemoveAll(l => l.Key == key && l.Session == stream.Session && l.Offset >= offset && End(l.Offset, l.Size) <= end);
    }

    /// <summary>
    /// Whether <paramref name="stream"/> may read or write [<paramref name="offset"/>, + <paramref name="count"/>):
    /// NetworkError in a region whose lock this content lost, a lock violation in a region another session
    /// locked against that access ([MS-OXCPRPT] 2.2.24.1, 3.2.5.21), else 0.
    /// </summary>
    public uint CheckAccess(StreamObject stream, long offset, long count, bool write)
    {
        if (count <= 0)
        {
            return ErrorCodes.Success;
        }

        ulong start = (ulong)offset;
        ulong size = (ulong)count;
        if (stream.Content.ExpiredRegions.Any(r => Overlaps(r.Offset, r.Size, start, size)))
        {
            return ErrorCodes.NetworkError;
        }

        var key = KeyOf(stream.Content);
        bool blocked = locks.Any(l => l.Key == key && l.Session != stream.Session
            && (write || l.LockFlags != WriteLock) && Overlaps(l.Offset, l.Size, start, size));
        return blocked ? StreamRules.LockViolation : ErrorCodes.Success;
    }

    /// <summary>The locks taken through <paramref name="content"/> end when its last Stream object is released.</summary>
    public void ReleaseAll(StreamContent content) => locks.RemoveAll(l => l.Content == content);

    private static ulong End(ulong offset, ulong size) => ulong.MaxValue - offset < size ? ulong.MaxValue : offset + size;

    private static bool Overlaps(ulong offset1, ulong size1, ulong offset2, ulong size2) =>
        size1 != 0 && size2 != 0 && offset1 < End(offset2, size2) && offset2 < End(offset1, size1);

    private sealed record RegionLock((object Target, uint Part, ushort PropertyId) Key, StoreSession Session, StreamContent Content, ulong Offset, ulong Size, uint LockFlags);
}
