namespace Conformance.Adapters.MapiHttp;

/// <summary>What went wrong in one MAPI over HTTP request, as <see cref="MapiHttpException.Failure"/> reports it.</summary>
public enum MapiHttpFailure
{
    /// <summary>The connection could not be opened (refused, DNS, TLS handshake or certificate).</summary>
    ConnectionFailed,

    /// <summary>The whole request took longer than <see cref="MapiHttpTargetOptions.RequestTimeout"/>.</summary>
    RequestTimeout,

    /// <summary>No PENDING keep-alive, DONE or body arrived within <see cref="MapiHttpTargetOptions.PendingTimeout"/>.</summary>
    PendingTimeout,

    /// <summary>The server closed the connection before the response was complete.</summary>
    ConnectionClosed,

    /// <summary>The HTTP status is not 200 ([MS-OXCMAPIHTTP] 2.2.2.2).</summary>
    HttpStatus,

    /// <summary>The HTTP status is 401: the credentials were refused or the scheme is not offered.</summary>
    Unauthorized,

    /// <summary>X-ResponseCode is nonzero ([MS-OXCMAPIHTTP] 2.2.3.3.3).</summary>
    ResponseCode,

    /// <summary>The Content-Type is not application/mapi-http ([MS-OXCMAPIHTTP] 2.2.3.2.2).</summary>
    ContentType,

    /// <summary>The response (headers, meta-tags, body, extended buffer) does not follow the specification.</summary>
    MalformedResponse,

    /// <summary>The response is larger than <see cref="MapiHttpTargetOptions.MaxResponseSize"/>.</summary>
    ResponseTooLarge,

    /// <summary>Connect or Disconnect answered with a nonzero StatusCode or ErrorCode.</summary>
    OperationFailed,
}
