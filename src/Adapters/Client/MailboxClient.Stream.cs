namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;

/// <summary>The Stream object ROPs ([MS-OXCPRPT] 2.2.14 to 2.2.27) as one call each, for the stream suites.</summary>
public sealed partial class MailboxClient
{
    /// <summary>RopWriteStream of <paramref name="data"/> on the stream at <paramref name="stream"/>; the response whatever its ReturnValue.</summary>
    public async Task<RopWriteStreamResponse> WriteStreamAsync(byte stream, params byte[] data) =>
        (RopWriteStreamResponse)await RunAsync(new RopWriteStreamRequest { InputHandleIndex = stream, Data = data }).ConfigureAwait(false);

    /// <summary>RopReadStream of up to <paramref name="byteCount"/> bytes (0xBABE with <paramref name="maximumByteCount"/>); the response whatever its ReturnValue.</summary>
    public async Task<RopReadStreamResponse> ReadStreamAsync(byte stream, ushort byteCount, uint? maximumByteCount = null) =>
        (RopReadStreamResponse)await RunAsync(new RopReadStreamRequest { InputHandleIndex = stream, ByteCount = byteCount, MaximumByteCount = maximumByteCount }).ConfigureAwait(false);

    /// <summary>Reads from the seek pointer until a read returns no data; every read must succeed.</summary>
    public async Task<byte[]> ReadStreamToEndAsync(byte stream)
    {
        var all = new List<byte>();
        while (true)
        {
            RopReadStreamResponse response = Success<RopReadStreamResponse>(await ReadStreamAsync(stream, StreamChunkSize, null).ConfigureAwait(false));
            if (response.Data.Count == 0)
            {
                return [.. all];
            }

            all.AddRange(response.Data);
        }
    }


    /// <summary>RopGetStreamSize that must succeed; returns StreamSize.</summary>
    public async Task<uint> GetStreamSizeAsync(byte stream) =>
        (await ExpectAsync<RopGetStreamSizeResponse>(new RopGetStreamSizeRequest { InputHandleIndex = stream }).ConfigureAwait(false)).StreamSize;

    public Task<RopSetStreamSizeResponse> SetStreamSizeAsync(byte stream, ulong size) =>
        ExpectAsync<RopSetStreamSizeResponse>(new RopSetStreamSizeRequest { InputHandleIndex = stream, StreamSize = size });

    public Task<RopCommitStreamResponse> CommitStreamAsync(byte stream) =>
        ExpectAsync<RopCommitStreamResponse>(new RopCommitStreamRequest { InputHandleIndex = stream });

    /// <summary>RopCloneStream of the stream at <paramref name="stream"/> into <paramref name="output"/>; the ReturnValue (the ROP is optional, [MS-OXCPRPT] 3.2.5.24).</summary>
    public Task<uint> CloneStreamAsync(byte stream, byte output) =>
        ReturnValueAsync(new RopCloneStreamRequest { InputHandleIndex = stream, OutputHandleIndex = output });
}
