namespace Conformance.Server;

/// <summary>
/// The cookies that identify a Session Context and guard the order of its requests ([MS-OXCMAPIHTTP] 3.2.5.1):
/// their names and values are the server's choice, opaque to the client, which returns them on the next request.
/// </summary>
internal static class MapiHttpCookies
{
    /// <summary>The session context cookie.</summary>
    public const string Context = "MapiContext";

    /// <summary>The sequence cookie: a fresh value on every response, so a replayed or out-of-order request is detected.</summary>
    public const string Sequence = "MapiSequence";
}
