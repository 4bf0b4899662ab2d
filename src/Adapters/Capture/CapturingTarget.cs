namespace Conformance.Adapters.Capture;

/// <summary>
/// An <see cref="ITarget"/> whose sessions record every exchange to one capture file (a test's). The wrapped
/// target is shared and not owned: disposing this one closes the capture file only.
/// </summary>
public sealed class CapturingTarget(ITarget inner, CaptureWriter writer) : ITarget
{
    public string Name => inner.Name;

    public IServerControl? ServerControl => inner.ServerControl;

    public CaptureWriter Writer => writer;

    public async Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) =>
        new CapturingSession(await inner.ConnectAsync(user, cancellationToken).ConfigureAwait(false), writer, writer.NextSession());

    public async Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default) =>
        new CapturingSession(await inner.ConnectWithCodePageAsync(user, codePage, cancellationToken).ConfigureAwait(false), writer, writer.NextSession());

    public ValueTask DisposeAsync()
    {
        writer.Dispose();
        return ValueTask.CompletedTask;
    }
}
