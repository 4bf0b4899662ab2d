namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// RopLockRegionStream and RopUnlockRegionStream ([MS-OXCPRPT] 2.2.24, 2.2.25, 3.2.5.21, 3.2.5.22): two sessions
/// of the same user with streams on the same folder property, and a clock the test moves.
/// </summary>
public sealed class RegionLockStreamTests
{
    private const byte Folder = 1;
    private const byte Stream = 3;

    /// <summary>The OLE lock-violation code the store answers for access to a region another session locked.</summary>
    private const uint LockViolation = 0x80030021;

    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    private sealed record Pair(StreamClient Owner, StreamClient Other, ManualTimeProvider Clock);

    /// <summary>Two sessions, each with a ReadWrite stream (index 3) on the same 16-byte folder property.</summary>
    private static async Task<Pair> PairAsync(StoreHarness harness, ManualTimeProvider clock)
    {
        StreamClient owner = await StreamClient.ConnectAsync(harness);
        StreamClient other = await StreamClient.ConnectAsync(harness);
        await owner.OpenFolderAsync(Folder, owner.Folders.Inbox);
        await other.OpenFolderAsync(Folder, other.Folders.Inbox);
        await owner.SetAsync(Folder, StreamClient.FolderBinary, Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());
        await owner.OpenStreamOkAsync(Folder, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.ReadWrite);
        await other.OpenStreamOkAsync(Folder, Stream, StreamClient.FolderBinary, OpenStreamModeFlags.ReadWrite);
        return new Pair(owner, other, clock);
    }

    private static Task<uint> LockAsync(StreamClient client, ulong offset, ulong size, uint flags = 0) =>
        client.ReturnValueAsync(new RopLockRegionStreamRequest { InputHandleIndex = Stream, RegionOffset = offset, RegionSize = size, LockFlags = flags });

    private static Task<uint> UnlockAsync(StreamClient client, ulong offset, ulong size, uint flags = 0) =>
        client.ReturnValueAsync(new RopUnlockRegionStreamRequest { InputHandleIndex = Stream, RegionOffset = offset, RegionSize = size, LockFlags = flags });

    private static async Task<uint> ReadAtAsync(StreamClient client, long offset, ushort count)
    {
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, offset);
        return (await client.ReadAsync(Stream, count)).ReturnValue;
    }

    private static async Task<uint> WriteAtAsync(StreamClient client, long offset, params byte[] data)
    {
        await client.SeekAsync(Stream, SeekStreamOrigin.Beginning, offset);
        return (await client.WriteAsync(Stream, data)).ReturnValue;
    }

    // [MS-OXCPRPT] 3.2.5.21: with no previous lock the lock is granted; a live overlapping lock gives AccessDenied.
    [Test]
    public async Task OverlappingLockOfAnotherSessionIsAccessDenied()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 4, 4), Is.Zero);
        Assert.That(await LockAsync(pair.Other, 6, 10), Is.EqualTo(ErrorCodes.AccessDenied));
        Assert.That(await LockAsync(pair.Other, 8, 8), Is.Zero, "a region next to the lock is free");
    }

    // [MS-OXCPRPT] 3.2.5.21: any live lock on the region refuses a new one, the session's own included.
    [Test]
    public async Task OverlappingLockOfTheSameSessionIsAccessDenied()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await LockAsync(pair.Owner, 7, 1), Is.EqualTo(ErrorCodes.AccessDenied));
    }

    // [MS-OXCPRPT] 2.2.24.1: LockFlags 0x00000001 lets other sessions read the region but not write it.
    [Test]
    public async Task WriteLockAllowsOthersToReadOnly()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8, flags: 1), Is.Zero);
        Assert.That(await ReadAtAsync(pair.Other, 2, 4), Is.Zero, "reading is allowed");
        Assert.That(await WriteAtAsync(pair.Other, 2, 0xFF), Is.EqualTo(LockViolation), "writing is not");
        Assert.That(await WriteAtAsync(pair.Other, 8, 0xFF), Is.Zero, "outside the region is free");
    }

    // [MS-OXCPRPT] 2.2.24.1: any other LockFlags value bars other sessions from reading and writing the region.
    [TestCase(0u)]
    [TestCase(2u)]
    public async Task ExclusiveLockBarsOthersFromReadingAndWriting(uint flags)
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8, flags), Is.Zero);
        Assert.That(await ReadAtAsync(pair.Other, 6, 4), Is.EqualTo(LockViolation));
        Assert.That(await WriteAtAsync(pair.Other, 0, 0xFF), Is.EqualTo(LockViolation));
        Assert.That((await pair.Other.ReadAsync(Stream, 0)).ReturnValue, Is.Zero, "a zero-byte read touches no region");
    }

    // [MS-OXCPRPT] 2.2.24.1: the owner of the lock keeps reading and writing the region.
    [Test]
    public async Task OwnerKeepsAccessToTheRegion()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await ReadAtAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await WriteAtAsync(pair.Owner, 0, 0xFF), Is.Zero);
    }

    // [MS-OXCPRPT] 3.2.5.22: unlocking removes the caller's locks on the region; others may then lock it.
    [Test]
    public async Task UnlockReleasesTheCallersLock()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await UnlockAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await LockAsync(pair.Other, 0, 8), Is.Zero);
    }

    // [MS-OXCPRPT] 3.2.5.22: locks owned by other sessions are left as they are.
    [Test]
    public async Task UnlockLeavesOtherSessionsLocks()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        Assert.That(await UnlockAsync(pair.Other, 0, 8), Is.Zero);
        Assert.That(await LockAsync(pair.Other, 0, 8), Is.EqualTo(ErrorCodes.AccessDenied));
        Assert.That(await WriteAtAsync(pair.Other, 0, 0xFF), Is.EqualTo(LockViolation));
    }

    // [MS-OXCPRPT] 3.2.5.21: a lock whose session was active within 30 seconds is still live.
    [Test]
    public async Task LockOfARecentlyActiveSessionHolds()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        clock.Advance(Expiry);
        Assert.That(await LockAsync(pair.Other, 0, 8), Is.EqualTo(ErrorCodes.AccessDenied), "exactly 30 seconds is not more than 30");

        clock.Advance(TimeSpan.FromSeconds(20));
        await pair.Owner.SizeAsync(Stream);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.That(await LockAsync(pair.Other, 0, 8), Is.EqualTo(ErrorCodes.AccessDenied), "any ROP of the owner counts as activity");
    }

    // [MS-OXCPRPT] 3.2.5.21: when the owner has been idle more than 30 seconds, its lock expires and the new lock is
    // granted; the owner's pending changes are discarded and its access to the region gives NetworkError.
    [Test]
    public async Task LockOfAnIdleSessionExpires()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await WriteAtAsync(pair.Owner, 12, 0xEE), Is.Zero, "a pending change outside the region");
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);

        clock.Advance(Expiry + TimeSpan.FromSeconds(1));
        Assert.That(await LockAsync(pair.Other, 4, 8), Is.Zero, "the expired lock no longer stands in the way");

        Assert.That(await ReadAtAsync(pair.Owner, 0, 2), Is.EqualTo(ErrorCodes.NetworkError));
        Assert.That(await WriteAtAsync(pair.Owner, 7, 1), Is.EqualTo(ErrorCodes.NetworkError));
        Assert.That(await ReadAtAsync(pair.Owner, 12, 1), Is.Zero, "outside the lost region the stream still works");
        await pair.Owner.SeekAsync(Stream, SeekStreamOrigin.Beginning, 12);
        Assert.That((await pair.Owner.ReadAsync(Stream, 1)).Data.ToArray(), Is.EqualTo(new byte[] { 13 }), "the pending change was discarded");
    }

    // Locks taken through a stream end with its release, so other sessions can lock the region again.
    [Test]
    public async Task ReleasingTheStreamReleasesItsLocks()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.Zero);
        await pair.Owner.ReleaseAsync(Stream);
        Assert.That(await LockAsync(pair.Other, 0, 8), Is.Zero);
    }

    // [MS-OXCPRPT] 3.2.5.21/3.2.5.22 MAY, <15>/<16> (StoreOptions.ImplementRegionLocks): without them, NotSupported.
    [Test]
    public async Task RegionLocksCanBeLeftUnimplemented()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(new StoreOptions { ImplementRegionLocks = false }, clock);
        Pair pair = await PairAsync(harness, clock);
        Assert.That(await LockAsync(pair.Owner, 0, 8), Is.EqualTo(ErrorCodes.NotSupported));
        Assert.That(await UnlockAsync(pair.Owner, 0, 8), Is.EqualTo(ErrorCodes.NotSupported));
    }

    // [MS-OXCPRPT] 2.2.24, 2.2.25: valid only on Stream objects.
    [Test]
    public async Task LockOnAFolderIsNotSupported()
    {
        var clock = new ManualTimeProvider();
        await using var harness = new StoreHarness(time: clock);
        Pair pair = await PairAsync(harness, clock);
        RopResponse response = await pair.Owner.RunAsync(new RopLockRegionStreamRequest { InputHandleIndex = Folder, RegionSize = 1 });
        Assert.That(((IRopResult)response).ReturnValue, Is.EqualTo(ErrorCodes.NotSupported));
    }
}
