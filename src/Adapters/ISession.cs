namespace Conformance.Adapters;

/// <summary>
/// One connection to a target: ROP input buffers in, ROP output buffers out ([MS-OXCROPS] 2.2.1),
/// as the Execute request of [MS-OXCMAPIHTTP] 2.2.4.2 or EcDoRpcExt2 of [MS-OXCRPC] 3.1.4.2 carry them.
/// This raw entry is what the fuzzers use; suites use the typed <see cref="RopSession"/> built on it.
/// </summary>
public interface ISession : IAsyncDisposable
{
    TargetUser User { get; }

    /// <summary>Executes one ROP input buffer.</summary>
    /// <param name="ropInputBuffer">RopSize, RopsList and ServerObjectHandleTable.</param>
    /// <param name="maximumOutputSize">The most bytes the client accepts back (pcbOut / MaxRopOut).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default);
}
