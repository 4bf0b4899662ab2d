namespace Conformance.Adapters.MapiHttp;

using System.Globalization;
using System.Text;

/// <summary>
/// The settings of a <c>mapihttp</c> target: <c>Targets:&lt;name&gt;:Url</c> and the keys of
/// <c>Targets:&lt;name&gt;:Options</c> (case-insensitive; an unknown key is a configuration error, so typos show):
/// <list type="table">
/// <item><term>Authentication</term><description>Basic (default) | Negotiate | Ntlm | Bearer | None.</description></item>
/// <item><term>TokenVariable</term><description>Bearer: the environment variable holding the token (never the token itself).</description></item>
/// <item><term>PasswordVariable</term><description>Environment variable with the password of users that have none in the file; <c>{user}</c> is replaced by the user name in capitals, non-alphanumerics as <c>_</c>.</description></item>
/// <item><term>AllowUntrustedCertificate</term><description>false (default): the server certificate is validated. true accepts any certificate (lab use) and prints a warning once.</description></item>
/// <item><term>RequestTimeout</term><description>Hard bound on one request, response included; default 30 s. Seconds (<c>30</c>), <c>500ms</c> or <c>hh:mm:ss</c>.</description></item>
/// <item><term>PendingTimeout</term><description>Longest silence between meta-tags (PENDING keep-alives, [MS-OXCMAPIHTTP] 2.2.7); default 60 s.</description></item>
/// <item><term>Compression</term><description>Compress request payloads and accept compressed responses ([MS-OXCRPC] 3.1.4.2.1.1.2); default false.</description></item>
/// <item><term>Obfuscation</term><description>XorMagic on request payloads and accepted on responses ([MS-OXCRPC] 3.1.4.2.1.1.3); default false.</description></item>
/// <item><term>ClientApplication</term><description>X-ClientApplication value; default <c>Conformance/1.0</c>.</description></item>
/// <item><term>MaxResponseSize</term><description>Largest response body accepted, in bytes; default 16 MiB.</description></item>
/// <item><term>CodePage</term><description>DefaultCodePage of Connect; default 1252.</description></item>
/// <item><term>Lcid</term><description>LcidSort and LcidString of Connect; default 1033.</description></item>
/// <item><term>AutodiscoverUrl</term><description>With no Url: the POX Autodiscover endpoint that gives each user's mailbox endpoint
/// (<see cref="PoxAutodiscover"/>; the users need an SmtpAddress). A configured Url wins.</description></item>
/// </list>
/// </summary>
public sealed record MapiHttpTargetOptions
{
    public static readonly IReadOnlyList<string> Keys =
    [
        nameof(Authentication), nameof(TokenVariable), nameof(PasswordVariable), nameof(AllowUntrustedCertificate),
        nameof(RequestTimeout), nameof(PendingTimeout), nameof(Compression), nameof(Obfuscation), nameof(ClientApplication),
        nameof(MaxResponseSize), nameof(CodePage), nameof(Lcid), nameof(AutodiscoverUrl),
    ];

    /// <summary>The mailbox server endpoint, for example <c>https://mail.contoso.com/mapi/emsmdb/?MailboxId=...</c>.</summary>
    public required Uri Url { get; init; }

    public MapiHttpAuthentication Authentication { get; init; } = MapiHttpAuthentication.Basic;

    public string? TokenVariable { get; init; }

    public string? PasswordVariable { get; init; }

    public bool AllowUntrustedCertificate { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan PendingTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public bool Compression { get; init; }

    public bool Obfuscation { get; init; }

    public string ClientApplication { get; init; } = "Conformance/1.0";

    public int MaxResponseSize { get; init; } = 16 * 1024 * 1024;

    public uint CodePage { get; init; } = 1252;

    public uint Lcid { get; init; } = 1033;

    public Uri? AutodiscoverUrl { get; init; }

    /// <summary>Whether the mailbox endpoint is looked up with <see cref="AutodiscoverUrl"/> for each user at Connect (no Url configured).</summary>
    public bool UrlFromAutodiscover { get; init; }

    /// <summary>Reads the options of a configured target; every error names the target and the key.</summary>
    public static MapiHttpTargetOptions Parse(string targetName, TargetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IReadOnlyDictionary<string, string> options = settings.Options;
        foreach (string key in options.Keys)
        {
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw Error(targetName, key, $"is not an option of kind mapihttp (known: {string.Join(", ", Keys)})");
            }
        }

        string? Get(string key) => options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        Uri? autodiscover = Get(nameof(AutodiscoverUrl)) is { } a ? ParseUri(targetName, nameof(AutodiscoverUrl), a) : null;
        if (string.IsNullOrWhiteSpace(settings.Url) && autodiscover is null)
        {
            throw Error(targetName, "Url", "is required for kind mapihttp (the MAPI over HTTP mailbox endpoint), unless Options:AutodiscoverUrl finds it");
        }

        var parsed = new MapiHttpTargetOptions
        {
            // Until Autodiscover answers (per user, at Connect), the Autodiscover URL stands in for the endpoint.
            Url = string.IsNullOrWhiteSpace(settings.Url) ? autodiscover! : ParseUri(targetName, "Url", settings.Url),
            UrlFromAutodiscover = string.IsNullOrWhiteSpace(settings.Url),
            AutodiscoverUrl = autodiscover,
            Authentication = Get(nameof(Authentication)) is { } auth
                ? Enum.TryParse(auth, ignoreCase: true, out MapiHttpAuthentication mode) && Enum.IsDefined(mode)
                    ? mode
                    : throw Error(targetName, nameof(Authentication), $"'{auth}' is not one of {string.Join(", ", Enum.GetNames<MapiHttpAuthentication>())}")
                : MapiHttpAuthentication.Basic,
            TokenVariable = Get(nameof(TokenVariable)),
            PasswordVariable = Get(nameof(PasswordVariable)),
            AllowUntrustedCertificate = ParseBool(targetName, nameof(AllowUntrustedCertificate), Get(nameof(AllowUntrustedCertificate)), false),
            RequestTimeout = ParseDuration(targetName, nameof(RequestTimeout), Get(nameof(RequestTimeout)), TimeSpan.FromSeconds(30)),
            PendingTimeout = ParseDuration(targetName, nameof(PendingTimeout), Get(nameof(PendingTimeout)), TimeSpan.FromSeconds(60)),
            Compression = ParseBool(targetName, nameof(Compression), Get(nameof(Compression)), false),
            Obfuscation = ParseBool(targetName, nameof(Obfuscation), Get(nameof(Obfuscation)), false),
            ClientApplication = Get(nameof(ClientApplication)) ?? "Conformance/1.0",
            MaxResponseSize = (int)ParseNumber(targetName, nameof(MaxResponseSize), Get(nameof(MaxResponseSize)), 16 * 1024 * 1024, 1, int.MaxValue),
            CodePage = (uint)ParseNumber(targetName, nameof(CodePage), Get(nameof(CodePage)), 1252, 0, uint.MaxValue),
            Lcid = (uint)ParseNumber(targetName, nameof(Lcid), Get(nameof(Lcid)), 1033, 0, uint.MaxValue),
        };

        if (parsed.Authentication == MapiHttpAuthentication.Bearer && parsed.TokenVariable is null)
        {
            throw Error(targetName, nameof(TokenVariable), "is required with Authentication Bearer: the name of the environment variable that holds the token");
        }

        return parsed;
    }

    /// <summary>The password of <paramref name="user"/>: from the configuration, else from <see cref="PasswordVariable"/>.</summary>
    public string? PasswordFor(TargetUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!string.IsNullOrEmpty(user.Password) || PasswordVariable is null)
        {
            return user.Password;
        }

        var name = new StringBuilder();
        foreach (char c in user.Name.ToUpperInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return Environment.GetEnvironmentVariable(PasswordVariable.Replace("{user}", name.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    // No secret is a property of this record, so its generated ToString is safe to print.
    private static Uri ParseUri(string target, string key, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw Error(target, key, $"'{text}' is not an absolute http(s) URL");

    private static bool ParseBool(string target, string key, string? text, bool fallback) =>
        text is null ? fallback : bool.TryParse(text, out bool value) ? value : throw Error(target, key, $"'{text}' is not true or false");

    private static long ParseNumber(string target, string key, string? text, long fallback, long min, long max) =>
        text is null
            ? fallback
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) && value >= min && value <= max
                ? value
                : throw Error(target, key, $"'{text}' is not a whole number from {min} to {max}");

    /// <summary>Seconds (<c>30</c>, <c>0.5</c>), milliseconds (<c>500ms</c>) or <c>hh:mm:ss</c>; must be positive.</summary>
    internal static TimeSpan ParseDuration(string target, string key, string? text, TimeSpan fallback)
    {
        if (text is null)
        {
            return fallback;
        }

        TimeSpan? value = null;
        if (text.EndsWith("ms", StringComparison.OrdinalIgnoreCase)
            && double.TryParse(text[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out double ms))
        {
            value = TimeSpan.FromMilliseconds(ms);
        }
        else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            value = TimeSpan.FromSeconds(seconds);
        }
        else if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan span))
        {
            value = span;
        }

        return value is { } v && v > TimeSpan.Zero && v <= TimeSpan.FromHours(1)
            ? v
            : throw Error(target, key, $"'{text}' is not a duration from 1 ms to 1 hour (seconds, '500ms' or hh:mm:ss)");
    }

    private static InvalidOperationException Error(string target, string key, string detail) =>
        new($"target '{target}': option {key} {detail}");
}
