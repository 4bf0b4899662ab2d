namespace Conformance.Server;

/// <summary>How the served mailbox endpoint behaves where [MS-OXCMAPIHTTP] leaves the choice to the server.</summary>
public sealed record MapiHttpServerOptions
{
    /// <summary>
    /// Time between PENDING keep-alives while a request runs, announced in X-PendingPeriod ([MS-OXCMAPIHTTP] 2.2.3.3.5,
    /// 3.2.5.3). 15 s, the value of the first Exchange versions that shipped the protocol.
    /// </summary>
    public TimeSpan PendingPeriod { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest request body accepted; a larger one is answered with X-ResponseCode 9 (Too Large).</summary>
    /// <remarks>rgbIn is at most 0x40000 bytes ([MS-OXCRPC] 3.1.4.2), so 1 MiB leaves room for the body's other fields.</remarks>
    public int MaxRequestBodySize { get; init; } = 1024 * 1024;

    /// <summary>The X-ServerApplication value ([MS-OXCMAPIHTTP] 2.2.3.3.6).</summary>
    public string ServerApplication { get; init; } = "Conformance.Store/1.0";

    /// <summary>The Basic authentication realm sent with a 401 (RFC 7617).</summary>
    public string Realm { get; init; } = "conformance";

    /// <summary>Test hook: awaited before each Execute runs its ROPs, so tests can provoke PENDING keep-alives.</summary>
    internal Func<CancellationToken, Task>? BeforeExecute { get; init; }
}
