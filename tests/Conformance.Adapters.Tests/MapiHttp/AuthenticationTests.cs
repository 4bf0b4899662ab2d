namespace Conformance.Adapters.Tests.MapiHttp;

using System.Text;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;

/// <summary>
/// What the client puts in Authorization for each configured scheme, read from the requests a scripted server
/// received: Basic (RFC 7617) on every request, Bearer (RFC 6750) with the token from its environment variable,
/// and NTLM / Negotiate answering a 401 challenge with an NTLMSSP NEGOTIATE message ([MS-NLMP] 2.2.1.1).
/// </summary>
public sealed class AuthenticationTests
{
    private static readonly TargetUser User = new("user1", "/o=First Organization/cn=Recipients/cn=user1", "Secret-Pa55!");

    [Test]
    public async Task Bearer_sends_the_token_of_its_environment_variable()
    {
        string variable = $"CONFORMANCE_TEST_TOKEN_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, "token-value-123");
        try
        {
            RecordedRequest first = await FirstRequestAsync(MapiHttpAuthentication.Bearer, variable);
            Assert.That(first.Header("Authorization"), Is.EqualTo("Bearer token-value-123"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public async Task Basic_sends_the_user_and_password_on_the_first_request()
    {
        RecordedRequest first = await FirstRequestAsync(MapiHttpAuthentication.Basic);
        Assert.That(first.Header("Authorization"), Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user1:Secret-Pa55!"))));
    }

    [TestCase(MapiHttpAuthentication.Ntlm, "NTLM")]
    [TestCase(MapiHttpAuthentication.Negotiate, "Negotiate")]
    public async Task Ntlm_and_Negotiate_answer_the_challenge_with_an_NTLMSSP_negotiate_message(MapiHttpAuthentication scheme, string header)
    {
        // Every request is challenged, so the client's answer to the first challenge is the second request.
        await using var server = new ScriptedHttpServer(async (_, stream, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(stream, 401, "Unauthorized", [("WWW-Authenticate", header)], 0, ct);
            return true;
        });
        await using var target = new MapiHttpTarget("auth", new MapiHttpTargetOptions { Url = server.Url, Authentication = scheme, RequestTimeout = TimeSpan.FromSeconds(5) });

        MapiHttpException error = (await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User)))!;
        RecordedRequest? answered = server.Requests.FirstOrDefault(r => r.Header("Authorization") is not null);
        Assert.That(answered, Is.Not.Null, "no request answered the challenge");
        string authorization = answered!.Header("Authorization")!;
        Assert.That(authorization, Does.StartWith(header + " "));
        byte[] token = Convert.FromBase64String(authorization[(header.Length + 1)..]);
        Assert.Multiple(() =>
        {
            // [MS-NLMP] 2.2.1.1: Signature "NTLMSSP\0", then MessageType 0x00000001. A Negotiate token may wrap NTLM in
            // SPNEGO ([RFC 4178]); then the NTLMSSP message sits inside it.
            Assert.That(IndexOf(token, "NTLMSSP\0"u8.ToArray()), Is.GreaterThanOrEqualTo(0), "an NTLMSSP message in the token");
            int at = IndexOf(token, "NTLMSSP\0"u8.ToArray());
            Assert.That(at >= 0 ? BitConverter.ToUInt32(token, at + 8) : 0u, Is.EqualTo(1u), "MessageType NEGOTIATE");
            Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.Unauthorized));
            Assert.That(error.Message, Does.Not.Contain("Secret-Pa55!"));
        });
    }

    private static async Task<RecordedRequest> FirstRequestAsync(MapiHttpAuthentication scheme, string? tokenVariable = null)
    {
        await using var server = new ScriptedHttpServer(async (_, stream, ct) =>
        {
            await ScriptedHttpServer.WriteHeadAsync(stream, 401, "Unauthorized", [("WWW-Authenticate", "Basic realm=\"mail\"")], 0, ct);
            return true;
        });
        await using var target = new MapiHttpTarget("auth", new MapiHttpTargetOptions { Url = server.Url, Authentication = scheme, TokenVariable = tokenVariable, RequestTimeout = TimeSpan.FromSeconds(5) });
        await Assert.ThrowsAsync<MapiHttpException>(() => target.ConnectAsync(User));
        return server.Requests[0];
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
