namespace Conformance.Protocol.MapiHttp;

/// <summary>HTTP header names and fixed values of the MAPI over HTTP transport ([MS-OXCMAPIHTTP] 2.2.3).</summary>
public static class MapiHttpHeaders
{
    /// <summary>The media type of every request and response body ([MS-OXCMAPIHTTP] 2.2.3.1).</summary>
    public const string MapiHttpContentType = "application/mapi-http";

    public const string ContentType = "Content-Type";

    // [MS-OXCMAPIHTTP] 2.2.3.1 and 2.2.3.2: headers the client sends.
    public const string RequestType = "X-RequestType";

    public const string ClientInfo = "X-ClientInfo";

    public const string RequestId = "X-RequestId";

    public const string ClientApplication = "X-ClientApplication";

    // [MS-OXCMAPIHTTP] 2.2.3.3: headers the server returns.
    public const string ResponseCode = "X-ResponseCode";

    public const string ServerApplication = "X-ServerApplication";

    public const string PendingPeriod = "X-PendingPeriod";

    public const string ExpirationInfo = "X-ExpirationInfo";

    // Additional headers after the DONE meta-tag, inside the response body stream ([MS-OXCMAPIHTTP] 2.2.2.2).
    public const string ElapsedTime = "X-ElapsedTime";

    public const string StartTime = "X-StartTime";
}
