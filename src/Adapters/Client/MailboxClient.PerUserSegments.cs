namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// The streaming of per-user read/unread data ([MS-OXCSTOR] 3.1.5.2) on the logon at <see cref="LogonIndex"/>:
/// a read loop that asks for one segment after another and a write loop that sends data back unaltered.
/// </summary>
public sealed partial class MailboxClient
{
    /// <summary>
    /// Reads the whole per-user data of <paramref name="folder"/> with RopReadPerUserInformation, one request per
    /// segment: the first at DataOffset 0, each next one at the previous DataOffset plus the previous DataSize,
    /// until a response says HasFinished ([MS-OXCSTOR] 2.2.1.12.1, 3.1.5.2). The data is returned as received.
    /// </summary>
    /// <param name="folder">The folder's LongTermID.</param>
    /// <param name="maxDataSize">MaxDataSize of every request; 0 asks for the server's default.</param>
    public async Task<byte[]> ReadPerUserSegmentsAsync(LongTermId folder, ushort maxDataSize = 0)
    {
        RequireLogon(RopId.RopReadPerUserInformation);
        var data = new List<byte>();
        uint offset = 0;
        while (true)
        {
            RopReadPerUserInformationResponse segment = await ExpectAsync<RopReadPerUserInformationResponse>(new RopReadPerUserInformationRequest
            {
                LogonId = LogonIndex,
                InputHandleIndex = LogonIndex,
                FolderId = folder,
                Reserved = 0x00,
                DataOffset = offset,
                MaxDataSize = maxDataSize,
            }).ConfigureAwait(false);
            data.AddRange(segment.Data.AsSpan());
            if (segment.HasFinished)
            {
                return [.. data];
            }

            if (segment.Data.Count == 0)
            {
                // The next request would ask for the same segment again, forever.
                throw new RopFailedException(RopId.RopReadPerUserInformation, "HasFinished FALSE with no data", LastExchange!);
            }

            offset = checked(offset + (uint)segment.Data.Count);
        }
    }

    /// <summary>
    /// Writes <paramref name="data"/>, as a RopReadPerUserInformation sequence returned it, with
    /// RopWritePerUserInformation in segments of at most <paramref name="segmentSize"/> bytes: each DataOffset is
    /// the number of bytes already written, HasFinished is set on the last segment, and ReplGuid goes with the
    /// first segment of a private mailbox logon only ([MS-OXCSTOR] 2.2.1.13.1, 3.1.5.2).
    /// </summary>
    /// <param name="folder">The folder's LongTermID.</param>
    /// <param name="data">The data to write, unaltered.</param>
    /// <param name="sourceDatabase">
    /// The REPLGUID of the public database the data came from: required on a private mailbox logon, refused on a
    /// public folders logon, where the request carries no ReplGuid.
    /// </param>
    /// <param name="segmentSize">The most bytes per request.</param>
    public async Task WritePerUserSegmentsAsync(LongTermId folder, ReadOnlyMemory<byte> data, Guid? sourceDatabase, int segmentSize = 4096)
    {
        bool privateLogon = RequireLogon(RopId.RopWritePerUserInformation);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segmentSize, ushort.MaxValue);
        if (privateLogon && sourceDatabase is null)
        {
            throw new ArgumentException("a write on a private mailbox logon names the public database the data came from ([MS-OXCSTOR] 2.2.1.13.1)", nameof(sourceDatabase));
        }

        if (!privateLogon && sourceDatabase is not null)
        {
            throw new ArgumentException("a write on a public folders logon carries no ReplGuid ([MS-OXCSTOR] 2.2.1.13.1)", nameof(sourceDatabase));
        }

        int written = 0;
        do
        {
            int size = Math.Min(segmentSize, data.Length - written);
            await ExpectAsync<RopWritePerUserInformationResponse>(new RopWritePerUserInformationRequest
            {
                LogonId = LogonIndex,
                InputHandleIndex = LogonIndex,
                FolderId = folder,
                HasFinished = written + size == data.Length,
                DataOffset = (uint)written,
                Data = data.Slice(written, size).ToArray(),
                ReplGuid = written == 0 ? sourceDatabase : null,
            }).ConfigureAwait(false);
            written += size;
        }
        while (written < data.Length);
    }

    /// <summary>Whether the logon at <see cref="LogonIndex"/> is a private mailbox logon; throws when there is none.</summary>
    private bool RequireLogon(RopId rop)
    {
        if (Mailbox is null && PublicFolders is null)
        {
            throw new InvalidOperationException($"{rop} needs a logon first");
        }

        return Mailbox is not null;
    }
}
