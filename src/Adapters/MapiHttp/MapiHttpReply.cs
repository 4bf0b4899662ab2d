namespace Conformance.Adapters.MapiHttp;

using Conformance.Protocol.MapiHttp;

/// <summary>One successful exchange on the mailbox endpoint: HTTP 200, X-ResponseCode 0 and a complete response stream.</summary>
/// <param name="RequestId">The X-RequestId the client sent.</param>
/// <param name="ServerApplication">X-ServerApplication, when the server sent it ([MS-OXCMAPIHTTP] 2.2.3.3).</param>
/// <param name="Response">The meta-tags, additional headers and body.</param>
/// <param name="Elapsed">From sending the request to the end of the body.</param>
public sealed record MapiHttpReply(string RequestId, string? ServerApplication, MapiHttpResponse Response, TimeSpan Elapsed);
