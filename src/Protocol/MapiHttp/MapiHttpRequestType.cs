namespace Conformance.Protocol.MapiHttp;

/// <summary>Values of the X-RequestType header for the mailbox server endpoint ([MS-OXCMAPIHTTP] 2.2.3.1.1).</summary>
public static class MapiHttpRequestType
{
    /// <summary>[MS-OXCMAPIHTTP] 2.2.4.1.</summary>
    public const string Connect = "Connect";

    /// <summary>[MS-OXCMAPIHTTP] 2.2.4.2.</summary>
    public const string Execute = "Execute";

    /// <summary>[MS-OXCMAPIHTTP] 2.2.4.3.</summary>
    public const string Disconnect = "Disconnect";

    /// <summary>[MS-OXCMAPIHTTP] 2.2.4.4 (not implemented by this codec).</summary>
    public const string NotificationWait = "NotificationWait";

    /// <summary>[MS-OXCMAPIHTTP] 2.2.6: no request or response body.</summary>
    public const string Ping = "PING";
}
