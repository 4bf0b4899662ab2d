namespace Conformance.Protocol.MapiHttp;

/// <summary>Bounds on what <see cref="MapiHttpResponseReader"/> accepts, so a misbehaving server cannot make it buffer without end.</summary>
public sealed record MapiHttpResponseReaderLimits
{
    public static MapiHttpResponseReaderLimits Default { get; } = new();

    /// <summary>Longest meta-tag or additional-header line, CRLF excluded.</summary>
    public int MaxLineLength { get; init; } = 4096;

    /// <summary>Most PENDING keep-alives accepted before DONE; a caller's CancellationToken bounds the wait in time.</summary>
    public int MaxPendingCount { get; init; } = 10_000;

    /// <summary>Most additional headers after DONE.</summary>
    public int MaxHeaderCount { get; init; } = 64;

    /// <summary>Largest binary body after the empty line.</summary>
    public int MaxBodySize { get; init; } = 16 * 1024 * 1024;
}
