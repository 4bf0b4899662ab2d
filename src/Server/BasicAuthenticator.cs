namespace Conformance.Server;

using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Conformance.Adapters;

/// <summary>
/// HTTP Basic authentication (RFC 7617) against the configured users: the user-id is a user's Name or SMTP address,
/// the password its configured Password. A user without a password cannot sign in.
/// </summary>
internal sealed class BasicAuthenticator(IEnumerable<TargetUser> users)
{
    private readonly TargetUser[] users = [.. users.Where(u => !string.IsNullOrEmpty(u.Password))];

    /// <summary>The configured user the Authorization header names with the right password, or null.</summary>
    public TargetUser? Authenticate(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out AuthenticationHeaderValue? header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        string credentials;
        try
        {
            // RFC 7617 2.1: UTF-8 is what the charset parameter announces; it is also right for ASCII credentials.
            credentials = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }

        int colon = credentials.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        string userId = credentials[..colon];
        byte[] password = SHA256.HashData(Encoding.UTF8.GetBytes(credentials[(colon + 1)..]));
        TargetUser? match = null;
        foreach (TargetUser user in users)
        {
            bool named = string.Equals(user.Name, userId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(user.SmtpAddress, userId, StringComparison.OrdinalIgnoreCase);

            // Hashes of equal length compared in constant time, so the time taken says nothing about the password.
            bool right = CryptographicOperations.FixedTimeEquals(password, SHA256.HashData(Encoding.UTF8.GetBytes(user.Password!)));
            if (named && right)
            {
                match = user;
            }
        }

        return match;
    }
}
