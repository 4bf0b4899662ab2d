namespace Conformance.Store.InProcess;

using Conformance.Adapters;
using Conformance.Store.Processing;

/// <summary>A session with the in-process store: ROP input buffer bytes in, ROP output buffer bytes out.</summary>
public sealed class InProcessSession(StoreSession session) : ISession
{
    public TargetUser User => session.User;

    public Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(RopProcessor.Execute(session, ropInputBuffer.Span, maximumOutputSize));
    }

    public ValueTask DisposeAsync()
    {
        lock (session.Server.Sync)
        {
            session.ReleaseAll();
        }

        return ValueTask.CompletedTask;
    }
}
