namespace Conformance.Adapters.Capture;

using System.Diagnostics;
using System.Globalization;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// An <see cref="ISession"/> that records every exchange of the session it wraps to a <see cref="CaptureWriter"/>:
/// the raw bytes as sent and received (so it sees what the fuzzers send as well as what the suites send), and
/// their decoding for readers. Decoding never changes what the caller gets: a buffer that does not decode is
/// recorded with the codec's error and passed on unchanged.
/// </summary>
public sealed class CapturingSession : ISession
{
    private readonly ISession inner;
    private readonly CaptureWriter writer;
    private readonly OutputBufferDecoder decoder = new();
    private int sequence;

    /// <param name="inner">The session to record (disposed with this one).</param>
    /// <param name="writer">Where the exchanges go.</param>
    /// <param name="session">This session's number in the capture (<see cref="CaptureWriter.NextSession"/>).</param>
    public CapturingSession(ISession inner, CaptureWriter writer, int session)
    {
        this.inner = inner;
        this.writer = writer;
        Session = session;
    }

    public TargetUser User => inner.User;

    public int Session { get; }

    public async Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
    {
        // Copied first: the caller may reuse its buffer once the call returns.
        byte[] input = ropInputBuffer.ToArray();
        DateTimeOffset time = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        RawExecution result = await inner.ExecuteRawAsync(input, maximumOutputSize, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        (IReadOnlyList<string> requests, IReadOnlyList<string> responses, string? failure) = Describe(input, result);
        writer.Write(new CaptureRecord
        {
            User = User.Name,
            Session = Session,
            Sequence = Interlocked.Increment(ref sequence),
            Time = time,
            ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds,
            MaximumOutputSize = maximumOutputSize,
            RequestHex = Convert.ToHexString(input),
            ResponseHex = Convert.ToHexString(result.RopOutputBuffer),
            ReturnCode = "0x" + result.ReturnCode.ToString("X8", CultureInfo.InvariantCulture),
            Requests = requests,
            Responses = responses,
            DecodeFailure = failure,
        });
        return result;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    // The same texts a checkpoint's exchange shows (each record's ToString).
    private (IReadOnlyList<string> Requests, IReadOnlyList<string> Responses, string? Failure) Describe(byte[] input, RawExecution result)
    {
        RopInputBuffer request;
        try
        {
            request = RopInputBuffer.Decode(input);
        }
        catch (ProtocolException failure)
        {
            return ([], [], "input: " + failure.Message);
        }

        string[] requests = [.. request.RopsList.Select(r => r.ToString())];
        if (!result.Succeeded)
        {
            return (requests, [], null);
        }

        try
        {
            RopOutputBuffer output = decoder.Decode(result.RopOutputBuffer, request.RopsList, request.ServerObjectHandleTable);
            return (requests, [.. output.RopsList.Select(r => r.ToString())], null);
        }
        catch (ProtocolException failure)
        {
            return (requests, [], "output: " + failure.Message);
        }
    }
}
