namespace Conformance.Protocol.MapiHttp;

/// <summary>The meta-tag lines at the start of a response stream ([MS-OXCMAPIHTTP] 2.2.7).</summary>
public enum MapiHttpMetaTag
{
    /// <summary><c>PROCESSING</c>: the server accepted the request and started on it.</summary>
    Processing,

    /// <summary><c>PENDING</c>: a keep-alive while the server is still working.</summary>
    Pending,

    /// <summary><c>DONE</c>: additional headers and the response body follow.</summary>
    Done,
}
