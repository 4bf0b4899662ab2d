namespace Conformance.Adapters.Capture;

using System.Globalization;

/// <summary>
/// A session of a <see cref="ReplayTarget"/>: it answers its n-th input buffer with the output buffer recorded for
/// exchange n of the same session, after checking that the input bytes and the output size are the recorded ones.
/// Anything else is a <see cref="ReplayMismatchException"/>: an answer recorded for another question proves nothing.
/// </summary>
public sealed class ReplaySession : ISession
{
    private readonly IReadOnlyDictionary<int, CaptureRecord> bySequence;
    private readonly string source;
    private int sequence;

    public ReplaySession(TargetUser user, int session, IReadOnlyDictionary<int, CaptureRecord> bySequence, string source)
    {
        User = user;
        Session = session;
        this.bySequence = bySequence;
        this.source = source;
    }

    public TargetUser User { get; }

    public int Session { get; }

    public Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        int number = Interlocked.Increment(ref sequence);
        if (!bySequence.TryGetValue(number, out CaptureRecord? record))
        {
            throw new ReplayMismatchException(
                $"replay of {source}: session {Session} sequence {number} was not recorded (the capture has {bySequence.Count} exchanges for this session)", Session, number);
        }

        byte[] recorded = Convert.FromHexString(record.RequestHex);
        ReadOnlySpan<byte> sent = ropInputBuffer.Span;
        int common = sent.CommonPrefixLength(recorded);
        if (common < sent.Length || common < recorded.Length)
        {
            string at = common < sent.Length && common < recorded.Length
                ? $"sent 0x{sent[common]:X2}, recorded 0x{recorded[common]:X2}"
                : $"sent {sent.Length} bytes, recorded {recorded.Length}";
            throw new ReplayMismatchException(
                string.Create(CultureInfo.InvariantCulture, $"replay of {source}: session {Session} sequence {number}: the input buffer differs from the recorded one at byte offset {common} (0x{common:X}): {at}"),
                Session,
                number,
                common);
        }

        if (record.MaximumOutputSize != maximumOutputSize)
        {
            throw new ReplayMismatchException(
                string.Create(CultureInfo.InvariantCulture, $"replay of {source}: session {Session} sequence {number}: the output size offered is {maximumOutputSize}, recorded {record.MaximumOutputSize}"),
                Session,
                number);
        }

        uint returnCode = CaptureReader.ReturnCode(source, 0, record.ReturnCode);
        return Task.FromResult(new RawExecution(returnCode, Convert.FromHexString(record.ResponseHex)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
