namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;

/// <summary>A region a client locked with RopLockRegionStream, kept so the unlock repeats its LockFlags ([MS-OXCPRPT] 2.2.25.1).</summary>
public sealed record StreamRegionLock(byte Stream, ulong RegionOffset, ulong RegionSize, uint LockFlags);

/// <summary>
/// Stream operations that keep the client's side of [MS-OXCPRPT]: the read and write sequences of 3.1.4.5
/// and 3.1.4.6 (release of the Stream object included), request fields kept to their defined values, and
/// region unlocks that repeat the lock's flags. The codec stays able to send anything else, for negative tests.
/// </summary>
public sealed partial class MailboxClient
{
    /// <summary>The most bytes one RopReadStream or RopWriteStream of the whole-property operations carries.</summary>
    public const ushort StreamChunkSize = 0x1000;

    /// <summary>
    /// Reads the whole property <paramref name="tag"/> of the object at <paramref name="owner"/> as a stream
    /// ([MS-OXCPRPT] 3.1.4.5): RopOpenStream ReadOnly at <paramref name="stream"/>, RopReadStream until a read
    /// returns no data, then RopRelease of the Stream object, also when a read fails.
    /// </summary>
    public async Task<byte[]> ReadPropertyStreamAsync(byte owner, byte stream, PropertyTag tag)
    {
        await OpenStreamAsync(owner, stream, tag, OpenStreamModeFlags.ReadOnly).ConfigureAwait(false);
        try
        {
            return await ReadStreamToEndAsync(stream).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(stream).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Replaces the property <paramref name="tag"/> of the object at <paramref name="owner"/> through a stream
    /// ([MS-OXCPRPT] 3.1.4.6): RopOpenStream Create at <paramref name="stream"/>, RopWriteStream in chunks,
    /// RopCommitStream, then RopRelease. It never sends RopWriteAndCommitStream, which must not be used on a
    /// stream of a Folder object ([MS-OXCPRPT] 2.2.26). A Message or Attachment object still needs its save ROP.
    /// </summary>
    public async Task WritePropertyStreamAsync(byte owner, byte stream, PropertyTag tag, ReadOnlyMemory<byte> data)
    {
        await OpenStreamAsync(owner, stream, tag, OpenStreamModeFlags.Create).ConfigureAwait(false);
        try
        {
            for (int at = 0; at < data.Length; at += StreamChunkSize)
            {
                byte[] chunk = data.Slice(at, Math.Min(StreamChunkSize, data.Length - at)).ToArray();
                await ExpectAsync<RopWriteStreamResponse>(new RopWriteStreamRequest { InputHandleIndex = stream, Data = chunk }).ConfigureAwait(false);
            }

            await ExpectAsync<RopCommitStreamResponse>(new RopCommitStreamRequest { InputHandleIndex = stream }).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(stream).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// RopReadStream of at most <paramref name="maximumByteCount"/> bytes: in ByteCount when it fits and is not
    /// 0xBABE, otherwise ByteCount 0xBABE and the limit in MaximumByteCount, which is sent only then ([MS-OXCPRPT] 2.2.15.1).
    /// </summary>
    public Task<RopReadStreamResponse> ReadStreamAtMostAsync(byte stream, uint maximumByteCount)
    {
        bool inByteCount = maximumByteCount <= ushort.MaxValue && maximumByteCount != RopReadStreamRequest.UseMaximumByteCount;
        return ExpectAsync<RopReadStreamResponse>(new RopReadStreamRequest
        {
            InputHandleIndex = stream,
            ByteCount = inByteCount ? (ushort)maximumByteCount : RopReadStreamRequest.UseMaximumByteCount,
            MaximumByteCount = inByteCount ? null : maximumByteCount,
        });
    }

    /// <summary>RopSeekStream; an Origin other than 0x00, 0x01 or 0x02 is refused before anything is sent ([MS-OXCPRPT] 2.2.21.1).</summary>
    public async Task<ulong> SeekStreamAsync(byte stream, SeekStreamOrigin origin, long offset)
    {
        if (origin is not (SeekStreamOrigin.Beginning or SeekStreamOrigin.Current or SeekStreamOrigin.End))
        {
            throw new ArgumentOutOfRangeException(nameof(origin), origin, "Origin must be 0x00, 0x01 or 0x02 ([MS-OXCPRPT] 2.2.21.1)");
        }

        RopSeekStreamResponse seek = await ExpectAsync<RopSeekStreamResponse>(new RopSeekStreamRequest { InputHandleIndex = stream, Origin = origin, Offset = offset }).ConfigureAwait(false);
        return seek.NewPosition;
    }

    /// <summary>RopLockRegionStream; the returned lock is what <see cref="UnlockStreamRegionAsync"/> takes, so the unlock repeats its LockFlags.</summary>
    public async Task<StreamRegionLock> LockStreamRegionAsync(byte stream, ulong regionOffset, ulong regionSize, uint lockFlags)
    {
        await ExpectAsync<RopLockRegionStreamResponse>(new RopLockRegionStreamRequest
        {
            InputHandleIndex = stream, RegionOffset = regionOffset, RegionSize = regionSize, LockFlags = lockFlags,
        }).ConfigureAwait(false);
        return new StreamRegionLock(stream, regionOffset, regionSize, lockFlags);
    }

    /// <summary>RopUnlockRegionStream of a region locked by <see cref="LockStreamRegionAsync"/>, with the same LockFlags ([MS-OXCPRPT] 2.2.25.1).</summary>
    public Task<RopUnlockRegionStreamResponse> UnlockStreamRegionAsync(StreamRegionLock region) =>
        ExpectAsync<RopUnlockRegionStreamResponse>(new RopUnlockRegionStreamRequest
        {
            InputHandleIndex = region.Stream, RegionOffset = region.RegionOffset, RegionSize = region.RegionSize, LockFlags = region.LockFlags,
        });
}
