namespace Conformance.Adapters.MapiHttp;

/// <summary>How the client authenticates to the mailbox endpoint (option <c>Authentication</c>).</summary>
public enum MapiHttpAuthentication
{
    /// <summary>HTTP Basic, sent with every request (no 401 round trip). Use only over TLS outside a lab.</summary>
    Basic,

    /// <summary>SPNEGO (Kerberos or NTLM) through the platform's security package.</summary>
    Negotiate,

    /// <summary>NTLM alone.</summary>
    Ntlm,

    /// <summary>An OAuth bearer token read from the environment variable named by <c>TokenVariable</c>.</summary>
    Bearer,

    /// <summary>No credentials (an endpoint that allows anonymous access, or a test server).</summary>
    None,
}
