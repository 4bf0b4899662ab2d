namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// [MS-OXCPRPT] 2.2.24, 2.2.25, 3.2.5.21, 3.2.5.22: region locks between two sessions of the user, each with a
/// ReadWrite stream on the same 16-byte folder property.
/// </summary>
[TestFixture]
public sealed class LockRegionStreamTests : StreamTest
{
    /// <summary>LockFlags that lets other sessions read the region but not write it ([MS-OXCPRPT] 2.2.24.1).</summary>
    private const uint WriteOnlyLock = 0x00000001;

    /// <summary>Any other LockFlags value bars other sessions from reading and writing ([MS-OXCPRPT] 2.2.24.1).</summary>
    private const uint ReadWriteLock = 0x00000000;

    /// <summary>Longer than the 30 seconds of inactivity after which a lock expires ([MS-OXCPRPT] 3.2.5.21).</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(31);

    private static readonly byte[] Value = Pattern(16);

    [Test]
    [Requirement("MS-OXCPRPT-R0229")]
    [Requirement("MS-OXCPRPT-R0230")]
    [Requirement("MS-OXCPRPT-R0233")]
    [Requirement("MS-OXCPRPT-R0234")]
    public async Task A_lock_is_granted_on_a_free_region_and_refused_while_a_live_lock_overlaps_it()
    {
        (MailboxClient owner, MailboxClient other) = await TwoSessionsAsync();
        uint granted = await LockAsync(owner, 4, 4, ReadWriteLock);
        RecordOptionalRop("MS-OXCPRPT-R0229", "RopLockRegionStream", granted, "MS-OXCPRPT-R0230", "MS-OXCPRPT-R0233", "MS-OXCPRPT-R0234");

        // [MS-OXCPRPT] 3.2.5.21: no lock on bytes 4 to 7 yet, so the lock is granted.
        CheckReturnValue("MS-OXCPRPT-R0233", ErrorCodes.Success, granted, "first lock of bytes 4 to 7");

        uint overlapping = await LockAsync(other, 6, 4, ReadWriteLock);
        uint adjacent = await LockAsync(other, 8, 4, ReadWriteLock);

        // [MS-OXCPRPT] 3.2.5.21: the owner is active, so its lock is live.
        CheckReturnValue("MS-OXCPRPT-R0234", ErrorCodes.AccessDenied, overlapping, "bytes 6 to 9 overlap the owner's live lock of 4 to 7");

        // The server tells overlapping from merely neighbouring regions.
        Check(
            "MS-OXCPRPT-R0230",
            overlapping == ErrorCodes.AccessDenied && adjacent == ErrorCodes.Success,
            "bytes 6 to 9: AccessDenied; bytes 8 to 11: Success",
            $"bytes 6 to 9: {ErrorCodes.Describe(overlapping)}; bytes 8 to 11: {ErrorCodes.Describe(adjacent)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0229")]
    [Requirement("MS-OXCPRPT-R0236")]
    public async Task LockFlags_one_bars_other_sessions_from_writing_and_any_other_value_from_reading_too()
    {
        (MailboxClient owner, MailboxClient other) = await TwoSessionsAsync();
        uint writeLock = await LockAsync(owner, 0, 4, WriteOnlyLock);
        RecordOptionalRop("MS-OXCPRPT-R0229", "RopLockRegionStream", writeLock, "MS-OXCPRPT-R0236");
        owner.Success<RopLockRegionStreamResponse>(await owner.RunAsync(new RopLockRegionStreamRequest { InputHandleIndex = StreamIndex, RegionOffset = 8, RegionSize = 4, LockFlags = ReadWriteLock }));

        uint readWriteLocked = await ReadAtAsync(other, 0);
        uint writeWriteLocked = await WriteAtAsync(other, 0);
        uint readFullyLocked = await ReadAtAsync(other, 8);
        uint writeFullyLocked = await WriteAtAsync(other, 8);
        uint ownerWrites = await WriteAtAsync(owner, 8);

        // [MS-OXCPRPT] 2.2.24.1, 3.2.5.21: bytes 0 to 3 (flags 1) readable by others, not writable; bytes 8 to 11
        // (flags 0) neither; the owner is not restricted.
        bool held = readWriteLocked == ErrorCodes.Success && writeWriteLocked != ErrorCodes.Success
            && readFullyLocked != ErrorCodes.Success && writeFullyLocked != ErrorCodes.Success && ownerWrites == ErrorCodes.Success;
        Check(
            "MS-OXCPRPT-R0236",
            held,
            "other session: read 0-3 Success, write 0-3 refused, read 8-11 refused, write 8-11 refused; owner: write 8-11 Success",
            $"other session: read 0-3 {ErrorCodes.Describe(readWriteLocked)}, write 0-3 {ErrorCodes.Describe(writeWriteLocked)}, read 8-11 {ErrorCodes.Describe(readFullyLocked)}, write 8-11 {ErrorCodes.Describe(writeFullyLocked)}; owner: write 8-11 {ErrorCodes.Describe(ownerWrites)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0229")]
    [Requirement("MS-OXCPRPT-R0237")]
    [Requirement("MS-OXCPRPT-R0238")]
    [Requirement("MS-OXCPRPT-R0239")]
    public async Task Unlocking_removes_the_callers_locks_and_leaves_other_sessions_locks()
    {
        (MailboxClient owner, MailboxClient other) = await TwoSessionsAsync();
        uint locked = await LockAsync(owner, 0, 8, ReadWriteLock);
        RecordOptionalRop("MS-OXCPRPT-R0229", "RopLockRegionStream", locked, "MS-OXCPRPT-R0237", "MS-OXCPRPT-R0238", "MS-OXCPRPT-R0239");

        // The other session unlocks the owner's region; that must not free it.
        await UnlockAsync(other, 0, 8, ReadWriteLock);
        uint afterOthersUnlock = await LockAsync(other, 0, 8, ReadWriteLock);
        CheckReturnValue("MS-OXCPRPT-R0239", ErrorCodes.AccessDenied, afterOthersUnlock, "locking bytes 0 to 7 after another session unlocked the owner's lock on them");

        // [MS-OXCPRPT] 3.2.5.22 (<16>: Exchange 2003 and 2007 implement it).
        uint unlocked = await UnlockAsync(owner, 0, 8, ReadWriteLock);
        RecordOptionalRop("MS-OXCPRPT-R0237", "RopUnlockRegionStream", unlocked, "MS-OXCPRPT-R0238");
        uint afterOwnersUnlock = await LockAsync(other, 0, 8, ReadWriteLock);
        CheckReturnValue("MS-OXCPRPT-R0238", ErrorCodes.Success, afterOwnersUnlock, "locking bytes 0 to 7 after the owner unlocked them");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0229")]
    [Requirement("MS-OXCPRPT-R0231")]
    [Requirement("MS-OXCPRPT-R0232")]
    [Requirement("MS-OXCPRPT-R0235")]
    public async Task A_lock_of_a_session_idle_over_30_seconds_expires_with_its_pending_changes()
    {
        (MailboxClient owner, MailboxClient other) = await TwoSessionsAsync();
        uint locked = await LockAsync(owner, 0, 8, ReadWriteLock);
        RecordOptionalRop("MS-OXCPRPT-R0229", "RopLockRegionStream", locked, "MS-OXCPRPT-R0231", "MS-OXCPRPT-R0232", "MS-OXCPRPT-R0235");
        uint pendingWrite = await WriteAtAsync(owner, 0, 0xEE, 0xEE);
        Assert.That(pendingWrite, Is.Zero, "the owner's write inside its own lock (setup)");
        uint whileActive = await LockAsync(other, 0, 8, ReadWriteLock);

        // The owner stays idle past 30 seconds: a target with server control moves its clock, any other is waited for.
        if (Target.ServerControl is { } control)
        {
            control.AdvanceClock(Idle);
        }
        else
        {
            await Task.Delay(Idle);
        }

        uint afterIdle = await LockAsync(other, 0, 8, ReadWriteLock);

        // [MS-OXCPRPT] 3.2.5.21: the age of the owner's last activity decides between refusing and expiring its lock.
        Check(
            "MS-OXCPRPT-R0231",
            whileActive == ErrorCodes.AccessDenied && afterIdle == ErrorCodes.Success,
            "owner active: AccessDenied; owner idle 31 s: Success",
            $"owner active: {ErrorCodes.Describe(whileActive)}; owner idle 31 s: {ErrorCodes.Describe(afterIdle)}");

        // [MS-OXCPRPT] 3.2.5.21: the session whose lock expired gets NetworkError in the region.
        uint ownerRead = await ReadAtAsync(owner, 0);
        CheckReturnValue("MS-OXCPRPT-R0235", ErrorCodes.NetworkError, ownerRead, "the owner reading bytes 0 to 3 after its lock expired");

        // [MS-OXCPRPT] 3.2.5.21: the owner's uncommitted write was discarded, so even its commit cannot store it.
        await owner.ReturnValueAsync(new RopCommitStreamRequest { InputHandleIndex = StreamIndex });
        byte[] stored = await other.ReadPropertyStreamAsync(FolderIndex, ScratchIndex, StreamTags.FolderBinary);
        CheckEqual("MS-OXCPRPT-R0232", Hex(Value), Hex(stored), "the folder property after the owner's lock expired and it committed");
    }

    /// <summary>The owner's and another session's ReadWrite streams at <see cref="StreamIndex"/> on the test folder's 16-byte property.</summary>
    private async Task<(MailboxClient Owner, MailboxClient Other)> TwoSessionsAsync()
    {
        MailboxClient owner = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(owner, FolderIndex);
        await owner.SetPropertiesAsync(FolderIndex, new TaggedPropertyValue(StreamTags.FolderBinary, PropertyValue.Binary(Value)));
        await owner.OpenStreamAsync(FolderIndex, StreamIndex, StreamTags.FolderBinary, OpenStreamModeFlags.ReadWrite);
        MailboxClient other = await LogonAsync();
        await other.OpenFolderAsync(folder.FolderId, FolderIndex);
        await other.OpenStreamAsync(FolderIndex, StreamIndex, StreamTags.FolderBinary, OpenStreamModeFlags.ReadWrite);
        return (owner, other);
    }

    private static Task<uint> LockAsync(MailboxClient client, ulong offset, ulong size, uint flags) =>
        client.ReturnValueAsync(new RopLockRegionStreamRequest { InputHandleIndex = StreamIndex, RegionOffset = offset, RegionSize = size, LockFlags = flags });

    private static Task<uint> UnlockAsync(MailboxClient client, ulong offset, ulong size, uint flags) =>
        client.ReturnValueAsync(new RopUnlockRegionStreamRequest { InputHandleIndex = StreamIndex, RegionOffset = offset, RegionSize = size, LockFlags = flags });

    /// <summary>The ReturnValue of reading 4 bytes at <paramref name="offset"/>.</summary>
    private static async Task<uint> ReadAtAsync(MailboxClient client, long offset)
    {
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, offset);
        return (await client.ReadStreamAsync(StreamIndex, 4)).ReturnValue;
    }

    /// <summary>The ReturnValue of writing <paramref name="data"/> (default 4 bytes) at <paramref name="offset"/>.</summary>
    private static async Task<uint> WriteAtAsync(MailboxClient client, long offset, params byte[] data)
    {
        await client.SeekStreamAsync(StreamIndex, SeekStreamOrigin.Beginning, offset);
        return (await client.WriteStreamAsync(StreamIndex, data.Length > 0 ? data : Pattern(4, 0xC0))).ReturnValue;
    }
}
