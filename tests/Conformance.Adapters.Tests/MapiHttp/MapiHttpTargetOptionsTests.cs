namespace Conformance.Adapters.Tests.MapiHttp;

using Conformance.Adapters.MapiHttp;
using Conformance.Targets;

[TestFixture]
public sealed class MapiHttpTargetOptionsTests
{
    private static TargetSettings Settings(string? url, params (string Key, string Value)[] options)
    {
        var settings = new TargetSettings { Kind = "mapihttp", Url = url };
        foreach ((string key, string value) in options)
        {
            settings.Options[key] = value;
        }

        return settings;
    }

    [Test]
    public void Defaults_validate_certificates_and_bound_requests()
    {
        MapiHttpTargetOptions options = MapiHttpTargetOptions.Parse("lab", Settings("https://mail.contoso.com/mapi/emsmdb/?MailboxId=x@contoso.com"));
        Assert.Multiple(() =>
        {
            Assert.That(options.AllowUntrustedCertificate, Is.False);
            Assert.That(options.Authentication, Is.EqualTo(MapiHttpAuthentication.Basic));
            Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.PendingTimeout, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.Compression || options.Obfuscation, Is.False);
        });
    }

    [Test]
    public void Options_are_read_case_insensitively_with_durations_in_several_forms()
    {
        MapiHttpTargetOptions options = MapiHttpTargetOptions.Parse("lab", Settings(
            "https://mail.contoso.com/mapi/emsmdb/",
            ("authentication", "negotiate"), ("RequestTimeout", "500ms"), ("PendingTimeout", "00:02:00"), ("Compression", "true"), ("Obfuscation", "True"), ("AllowUntrustedCertificate", "true")));
        Assert.Multiple(() =>
        {
            Assert.That(options.Authentication, Is.EqualTo(MapiHttpAuthentication.Negotiate));
            Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(options.PendingTimeout, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(options.Compression && options.Obfuscation && options.AllowUntrustedCertificate, Is.True);
        });
    }

    [TestCase(null, "Url is required")]
    [TestCase("ftp://x/", "is not an absolute http(s) URL")]
    public void A_missing_or_bad_url_is_a_configuration_error(string? url, string expected) =>
        Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(url)), Throws.InvalidOperationException.With.Message.Contains(expected).And.Message.Contains("'lab'"));

    [Test]
    public void Unknown_keys_bad_values_and_a_bearer_without_variable_are_rejected()
    {
        const string Url = "https://mail.contoso.com/mapi/emsmdb/";
        Assert.Multiple(() =>
        {
            Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(Url, ("RequestTimout", "5"))), Throws.InvalidOperationException.With.Message.Contains("RequestTimout is not an option"));
            Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(Url, ("RequestTimeout", "-1"))), Throws.InvalidOperationException.With.Message.Contains("RequestTimeout"));
            Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(Url, ("Authentication", "Digest"))), Throws.InvalidOperationException.With.Message.Contains("'Digest' is not one of"));
            Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(Url, ("Authentication", "Bearer"))), Throws.InvalidOperationException.With.Message.Contains("TokenVariable is required"));
            Assert.That(() => MapiHttpTargetOptions.Parse("lab", Settings(null)), Throws.InvalidOperationException.With.Message.Contains("Url is required"));
            Assert.That(MapiHttpTargetOptions.Parse("lab", Settings(null, ("AutodiscoverUrl", "https://autodiscover.contoso.com/autodiscover/autodiscover.xml"))).UrlFromAutodiscover, Is.True);
        });
    }

    [Test]
    public void Password_comes_from_the_named_environment_variable_when_the_file_has_none()
    {
        const string Variable = "CONFORMANCE_TEST_PASSWORD_USER_ONE";
        Environment.SetEnvironmentVariable(Variable, "from-env");
        try
        {
            MapiHttpTargetOptions options = MapiHttpTargetOptions.Parse("lab", Settings("https://m/mapi/", ("PasswordVariable", "CONFORMANCE_TEST_PASSWORD_{user}")));
            Assert.Multiple(() =>
            {
                Assert.That(options.PasswordFor(new TargetUser("user.one", "/o=x")), Is.EqualTo("from-env"));
                Assert.That(options.PasswordFor(new TargetUser("user.one", "/o=x", "in-file")), Is.EqualTo("in-file"));
                Assert.That(options.ToString(), Does.Not.Contain("from-env"));
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Test]
    public async Task TargetFactory_creates_a_mapihttp_target_without_server_control()
    {
        var settings = new ConformanceSettings();
        settings.Targets["lab"] = Settings("https://mail.contoso.com/mapi/emsmdb/");
        await using ITarget target = TargetFactory.Create(settings, "lab");
        Assert.Multiple(() =>
        {
            Assert.That(target, Is.InstanceOf<MapiHttpTarget>());
            Assert.That(target.ServerControl, Is.Null);
            Assert.That(TargetFactory.Kinds, Does.Contain("mapihttp"));
        });
    }
}
