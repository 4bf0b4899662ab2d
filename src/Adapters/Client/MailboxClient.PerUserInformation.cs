namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>One RopReadPerUserInformation round trip of a streamed read: what was asked and what came back.</summary>
public sealed record PerUserInformationSegment(RopReadPerUserInformationRequest Request, RopReadPerUserInformationResponse Response, RopExchange Exchange);

/// <summary>A whole streamed read of a folder's per-user read/unread data ([MS-OXCSTOR] 3.1.5.2).</summary>
public sealed record PerUserInformationRead(byte[] Data, IReadOnlyList<PerUserInformationSegment> Segments);

/// <summary>
/// The per-user read/unread streaming of [MS-OXCSTOR] 3.1.5.2: the read loop that advances DataOffset by
/// each response's DataSize until HasFinished, and the write loop that sends the data in blocks at the
/// offset of the bytes already written, with ReplGuid only on the first block of a private logon.
/// </summary>
public sealed partial class MailboxClient
{
    /// <summary>The most RopReadPerUserInformation requests one streamed read sends before giving up on a server that never finishes.</summary>
    public const int MaximumPerUserReadSegments = 4096;

    /// <summary>
    /// Reads the per-user data of <paramref name="folder"/> to its end on the logon at <paramref name="logon"/>.
    /// The first request has DataOffset 0 and each further one the previous DataOffset plus the previous
    /// DataSize ([MS-OXCSTOR] 2.2.1.12.1, 3.1.5.2); <paramref name="maxDataSize"/> gives each request's
    /// MaxDataSize from its position in the sequence (default: always 0, the server's default size).
    /// </summary>
    /// <exception cref="RopFailedException">A request failed, or the server kept answering HasFinished FALSE without data.</exception>
    public async Task<PerUserInformationRead> ReadPerUserInformationAsync(LongTermId folder, Func<int, ushort>? maxDataSize = null, byte logon = LogonIndex)
    {
        var data = new List<byte>();
        var segments = new List<PerUserInformationSegment>();
        uint dataOffset = 0;
        for (int index = 0; ; index++)
        {
            var request = new RopReadPerUserInformationRequest
            {
                InputHandleIndex = logon,
                FolderId = folder,
                Reserved = 0x00,
                DataOffset = dataOffset,
                MaxDataSize = maxDataSize?.Invoke(index) ?? 0,
            };
            RopReadPerUserInformationResponse response = await ExpectAsync<RopReadPerUserInformationResponse>(request).ConfigureAwait(false);
            segments.Add(new PerUserInformationSegment(request, response, LastExchange!));
            data.AddRange(response.Data.AsSpan());
            if (response.HasFinished)
            {
                return new PerUserInformationRead([.. data], segments);
            }

            // A block without data would make the next request identical to this one.
            if (response.Data.Count == 0 || index + 1 >= MaximumPerUserReadSegments)
            {
                throw new RopFailedException(request.RopId, $"HasFinished stays FALSE at DataOffset {dataOffset} after {index + 1} requests (last DataSize {response.Data.Count})", LastExchange!);
            }

            dataOffset += (uint)response.Data.Count;
        }
    }

    /// <summary>
    /// Writes <paramref name="data"/> as the per-user data of <paramref name="folder"/> in blocks of at most
    /// <paramref name="blockSize"/> bytes: DataOffset is the count of bytes already written, HasFinished is
    /// set on the last block, and <paramref name="replicaGuid"/> (required on a private logon, absent on a
    /// public one) goes only with DataOffset 0 ([MS-OXCSTOR] 2.2.1.13.1, 3.1.5.2). Empty data is one block.
    /// On the logon this client made, a missing ReplGuid on a private logon or one on a public logon is
    /// refused before anything is sent.
    /// </summary>
    public async Task WritePerUserInformationAsync(LongTermId folder, ReadOnlyMemory<byte> data, Guid? replicaGuid, int blockSize = 4096, byte logon = LogonIndex)
    {
        if (logon == LogonIndex && (Mailbox is not null || PublicFolders is not null))
        {
            bool privateLogon = Mailbox is not null;
            if (privateLogon && replicaGuid is null)
            {
                throw new ArgumentException("a write on a private mailbox logon names the public database the data came from ([MS-OXCSTOR] 2.2.1.13.1)", nameof(replicaGuid));
            }

            if (!privateLogon && replicaGuid is not null)
            {
                throw new ArgumentException("a write on a public folders logon carries no ReplGuid ([MS-OXCSTOR] 2.2.1.13.1)", nameof(replicaGuid));
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(blockSize, ushort.MaxValue);
        int offset = 0;
        do
        {
            int size = Math.Min(blockSize, data.Length - offset);
            await ExpectAsync<RopWritePerUserInformationResponse>(new RopWritePerUserInformationRequest
            {
                InputHandleIndex = logon,
                FolderId = folder,
                HasFinished = offset + size == data.Length,
                DataOffset = (uint)offset,
                Data = data.Slice(offset, size).ToArray(),
                ReplGuid = offset == 0 ? replicaGuid : null,
            }).ConfigureAwait(false);
            offset += size;
        }
        while (offset < data.Length);
    }
}
