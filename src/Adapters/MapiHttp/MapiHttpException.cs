namespace Conformance.Adapters.MapiHttp;

using Conformance.Protocol.MapiHttp;

/// <summary>
/// A MAPI over HTTP request failed at the transport level: the message names the request type, what went
/// wrong and, where there is one, the code and its name. Call-level results (StatusCode, ErrorCode of Execute)
/// are not exceptions; they come back in <see cref="RawExecution.ReturnCode"/>.
/// </summary>
public sealed class MapiHttpException : Exception
{
    public MapiHttpException()
        : this("a MAPI over HTTP request failed")
    {
    }

    public MapiHttpException(string message)
        : base(message)
    {
    }

    public MapiHttpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MapiHttpException(MapiHttpFailure failure, string requestType, string detail, Exception? innerException = null)
        : base($"MAPI over HTTP {requestType} failed: {failure}: {detail}", innerException)
    {
        Failure = failure;
        RequestType = requestType;
    }

    public MapiHttpFailure Failure { get; init; } = MapiHttpFailure.MalformedResponse;

    /// <summary>The X-RequestType of the failed request (Connect, Execute, Disconnect, PING).</summary>
    public string RequestType { get; init; } = string.Empty;

    /// <summary>The HTTP status code, when a response arrived.</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>The X-ResponseCode value, when the server sent one.</summary>
    public MapiHttpResponseCode? ResponseCode { get; init; }

    /// <summary>StatusCode or ErrorCode of a failed Connect or Disconnect.</summary>
    public uint? OperationCode { get; init; }

    /// <summary>How long the request ran before it failed.</summary>
    public TimeSpan Elapsed { get; init; }
}
