namespace Conformance.Adapters.Tests.MapiHttp;

using System.Text;
using System.Xml.Linq;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;

/// <summary>POX Autodiscover ([MS-OXDSCLI]): the request the client sends, the endpoint it takes from the answer, and Connect through it.</summary>
public sealed class PoxAutodiscoverTests
{
    private static readonly TargetUser User = new("user1", "/o=First Organization/cn=Recipients/cn=user1", "Secret-Pa55!", "user1@contoso.com");

    // Shaped like the [MS-OXDSCLI] 4.4 example: the mapiHttp Protocol with its MailStore and AddressBook URLs.
    private static string Answer(string mailStore) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">
          <Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">
            <Account>
              <AccountType>email</AccountType>
              <Action>settings</Action>
              <Protocol Type="mapiHttp" Version="1">
                <MailStore>{mailStore}</MailStore>
                <AddressBook><InternalUrl>https://mail.contoso.com/mapi/nspi/</InternalUrl></AddressBook>
              </Protocol>
            </Account>
          </Response>
        </Autodiscover>
        """;

    [Test]
    public void The_mailbox_endpoint_is_the_MailStore_InternalUrl_else_its_ExternalUrl()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PoxAutodiscover.MailboxEndpoint(Encoding.UTF8.GetBytes(Answer("<InternalUrl>https://in.contoso.com/mapi/emsmdb/?MailboxId=a@contoso.com</InternalUrl><ExternalUrl>https://out.contoso.com/mapi/emsmdb/</ExternalUrl>"))),
                Is.EqualTo(new Uri("https://in.contoso.com/mapi/emsmdb/?MailboxId=a@contoso.com")));
            Assert.That(PoxAutodiscover.MailboxEndpoint(Encoding.UTF8.GetBytes(Answer("<ExternalUrl>https://out.contoso.com/mapi/emsmdb/</ExternalUrl>"))),
                Is.EqualTo(new Uri("https://out.contoso.com/mapi/emsmdb/")));
        });
    }

    [TestCase("<InternalUrl></InternalUrl>", "no Protocol of Type mapiHttp")]
    [TestCase("<InternalUrl>mapi/emsmdb</InternalUrl>", "not an absolute http(s) URL")]
    public void An_answer_without_a_usable_endpoint_is_a_typed_error(string mailStore, string expected)
    {
        MapiHttpException error = Assert.Throws<MapiHttpException>(() => PoxAutodiscover.MailboxEndpoint(Encoding.UTF8.GetBytes(Answer(mailStore))))!;
        Assert.That(error.Message, Does.Contain(expected));
    }

    [Test]
    public void A_document_type_definition_is_refused()
    {
        byte[] withDtd = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>");
        MapiHttpException error = Assert.Throws<MapiHttpException>(() => PoxAutodiscover.MailboxEndpoint(withDtd))!;
        Assert.That(error.Failure, Is.EqualTo(MapiHttpFailure.MalformedResponse));
    }

    [Test]
    public async Task Connect_finds_the_endpoint_with_Autodiscover_first()
    {
        // One scripted server plays both roles: the Autodiscover POST (no X-RequestType) and then the mailbox endpoint.
        Uri? endpoint = null;
        Func<RecordedRequest, Stream, CancellationToken, Task<bool>> mailbox = FakeMailboxEndpoint.WellBehaved();
        await using var server = new ScriptedHttpServer(async (request, stream, ct) =>
        {
            if (request.Header("X-RequestType") is not null)
            {
                return await mailbox(request, stream, ct);
            }

            byte[] body = Encoding.UTF8.GetBytes(Answer($"<InternalUrl>{endpoint}</InternalUrl>"));
            await ScriptedHttpServer.WriteHeadAsync(stream, 200, "OK", [("Content-Type", "text/xml; charset=utf-8")], body.Length, ct);
            await stream.WriteAsync(body, ct);
            return true;
        });
        endpoint = new Uri(server.Url, "?MailboxId=user1@contoso.com");
        var autodiscover = new Uri(server.Url, "/autodiscover/autodiscover.xml");
        var settings = new TargetSettings { Kind = "mapihttp", Options = new(StringComparer.OrdinalIgnoreCase) { ["AutodiscoverUrl"] = autodiscover.ToString(), ["RequestTimeout"] = "5" } };
        await using var target = new MapiHttpTarget("auto", MapiHttpTargetOptions.Parse("auto", settings));

        await using (await target.ConnectAsync(User))
        {
        }

        RecordedRequest lookup = server.Requests[0];
        XDocument sent = XDocument.Parse(Encoding.UTF8.GetString(lookup.Body));
        RecordedRequest connect = server.Requests[1];
        Assert.Multiple(() =>
        {
            Assert.That(lookup.Target, Is.EqualTo("/autodiscover/autodiscover.xml"));
            Assert.That(lookup.Header("X-MapiHttpCapability"), Is.EqualTo("1"));
            Assert.That(sent.Descendants().Single(e => e.Name.LocalName == "EMailAddress").Value, Is.EqualTo("user1@contoso.com"));
            Assert.That(sent.Descendants().Single(e => e.Name.LocalName == "AcceptableResponseSchema").Value, Is.EqualTo("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"));
            Assert.That(connect.RequestType, Is.EqualTo("Connect"));
            Assert.That(connect.Target, Is.EqualTo("/mapi/emsmdb/?MailboxId=user1@contoso.com"));
        });
    }
}
