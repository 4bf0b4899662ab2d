namespace Conformance.Adapters.MapiHttp;

using System.Text;
using System.Xml;
using System.Xml.Linq;

/// <summary>
/// Finds a user's MAPI over HTTP mailbox endpoint with a POX Autodiscover request ([MS-OXDSCLI] 2.2.3, 3.1.4):
/// the request names the user's e-mail address and asks for the Outlook response schema, with
/// X-MapiHttpCapability: 1 so the server includes the mapiHttp Protocol; the answer's Protocol of Type mapiHttp
/// carries MailStore InternalUrl / ExternalUrl ([MS-OXDSCLI] 2.2.4.1.1.2.6, example 4.4). A response without one
/// (no MAPI over HTTP, a redirect, an error) is a <see cref="MapiHttpException"/> that says which.
/// </summary>
public static class PoxAutodiscover
{
    public const string RequestType = "Autodiscover";

    /// <summary>The largest Autodiscover response read; real ones are a few kilobytes.</summary>
    public const int MaximumResponseSize = 256 * 1024;

    private static readonly XNamespace RequestSchema = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";

    private const string ResponseSchema = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    /// <summary>The Autodiscover request body for <paramref name="emailAddress"/>.</summary>
    public static string RequestBody(string emailAddress) =>
        new XDocument(
            new XElement(RequestSchema + "Autodiscover",
                new XElement(RequestSchema + "Request",
                    new XElement(RequestSchema + "EMailAddress", emailAddress),
                    new XElement(RequestSchema + "AcceptableResponseSchema", ResponseSchema)))).ToString(SaveOptions.DisableFormatting);

    /// <summary>The mailbox endpoint in an Autodiscover response: the mapiHttp MailStore's InternalUrl, else its ExternalUrl.</summary>
    /// <exception cref="MapiHttpException">The response is not XML, or carries no mapiHttp mailbox endpoint.</exception>
    public static Uri MailboxEndpoint(byte[] response)
    {
        XDocument document;
        try
        {
            // No DTDs: an Autodiscover answer never needs one, and refusing them rules out entity expansion.
            using var reader = XmlReader.Create(new MemoryStream(response), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new MapiHttpException(MapiHttpFailure.MalformedResponse, RequestType, $"the response is not XML: {e.Message} (line {e.LineNumber}, position {e.LinePosition})", e);
        }

        XElement? mailStore = document.Descendants()
            .Where(e => e.Name.LocalName == "Protocol" && string.Equals((string?)e.Attribute("Type"), "mapiHttp", StringComparison.OrdinalIgnoreCase))
            .Elements().FirstOrDefault(e => e.Name.LocalName == "MailStore");
        string? url = mailStore?.Elements().FirstOrDefault(e => e.Name.LocalName == "InternalUrl")?.Value.Trim() is { Length: > 0 } internalUrl
            ? internalUrl
            : mailStore?.Elements().FirstOrDefault(e => e.Name.LocalName == "ExternalUrl")?.Value.Trim();
        if (string.IsNullOrEmpty(url))
        {
            string? action = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Action")?.Value.Trim();
            string? error = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value.Trim();
            throw new MapiHttpException(MapiHttpFailure.MalformedResponse, RequestType,
                "the response has no Protocol of Type mapiHttp with a MailStore URL"
                + (action is { Length: > 0 } ? $" (Action {action})" : string.Empty)
                + (error is { Length: > 0 } ? $" (error: {error})" : string.Empty));
        }

        return Uri.TryCreate(url, UriKind.Absolute, out Uri? endpoint) && (endpoint.Scheme == Uri.UriSchemeHttps || endpoint.Scheme == Uri.UriSchemeHttp)
            ? endpoint
            : throw new MapiHttpException(MapiHttpFailure.MalformedResponse, RequestType, $"the MailStore URL '{url}' is not an absolute http(s) URL");
    }

    /// <summary>Asks <see cref="MapiHttpTargetOptions.AutodiscoverUrl"/> for the mailbox endpoint of <paramref name="user"/> (by its SMTP address).</summary>
    public static async Task<Uri> FindMailboxEndpointAsync(MapiHttpTargetOptions options, TargetUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(user);
        Uri autodiscover = options.AutodiscoverUrl ?? throw new InvalidOperationException("no AutodiscoverUrl is configured");
        string address = user.SmtpAddress is { Length: > 0 } smtp
            ? smtp
            : throw new InvalidOperationException($"user '{user.Name}' has no SmtpAddress, which Autodiscover needs");
        using var transport = new MapiHttpTransport(options with { Url = autodiscover }, user, clientInfo: string.Empty);
        using var content = new StringContent(RequestBody(address), Encoding.UTF8, "text/xml");
        (int status, byte[] body) = await transport.PostAsync(RequestType, content, [("X-MapiHttpCapability", "1")], MaximumResponseSize, cancellationToken).ConfigureAwait(false);
        return status == 200
            ? MailboxEndpoint(body)
            : throw new MapiHttpException(status == 401 ? MapiHttpFailure.Unauthorized : MapiHttpFailure.HttpStatus, RequestType, $"HTTP {status} from {autodiscover}") { HttpStatusCode = status };
    }
}
