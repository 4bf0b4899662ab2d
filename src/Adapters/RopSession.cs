namespace Conformance.Adapters;

using System.Diagnostics;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// The typed session the suites use, built on the raw bytes of <see cref="ISession"/>: it encodes
/// requests into a ROP input buffer and decodes the output buffer against them with an
/// <see cref="OutputBufferDecoder"/>, which remembers the columns set on each table for RopQueryRows.
/// </summary>
public sealed class RopSession : IAsyncDisposable
{
    /// <summary>The output size a client offers by default: 0x8000 bytes ([MS-OXCRPC] 3.1.4.2, pcbOut).</summary>
    public const int DefaultMaximumOutputSize = 0x8000;

    /// <summary>The value of an unused entry in the Server object handle table ([MS-OXCROPS] 2.2.1).</summary>
    public const uint UnusedHandle = 0xFFFFFFFF;

    private readonly OutputBufferDecoder decoder = new();

    public RopSession(ISession session) => Raw = session;

    public ISession Raw { get; }

    public TargetUser User => Raw.User;

    /// <summary>Raised after every exchange, for adapter-level checks and captures.</summary>
    public event Action<RopExchange>? Exchanged;

    /// <summary>Sends <paramref name="requests"/> with <paramref name="handleTable"/> and decodes the answer.</summary>
    public async Task<RopExchange> ExecuteAsync(
        IReadOnlyList<RopRequest> requests,
        IReadOnlyList<uint> handleTable,
        int maximumOutputSize = DefaultMaximumOutputSize,
        CancellationToken cancellationToken = default)
    {
        var input = new RopInputBuffer(requests.ToArray(), handleTable.ToArray());
        byte[] bytes = input.ToBytes();
        var clock = Stopwatch.StartNew();
        RawExecution result = await Raw.ExecuteRawAsync(bytes, maximumOutputSize, cancellationToken).ConfigureAwait(false);
        clock.Stop();

        RopOutputBuffer? output = null;
        if (result.Succeeded)
        {
            try
            {
                output = decoder.Decode(result.RopOutputBuffer, requests, handleTable);
            }
            catch (ProtocolException failure)
            {
                // Observers (adapter-level checks, captures) see the undecodable answer too; the caller still gets the error.
                Exchanged?.Invoke(new RopExchange(input, bytes, result, null, clock.Elapsed, failure));
                throw;
            }
        }

        var exchange = new RopExchange(input, bytes, result, output, clock.Elapsed);
        Exchanged?.Invoke(exchange);
        return exchange;
    }

    public ValueTask DisposeAsync() => Raw.DisposeAsync();
}
