namespace Conformance.Server.Tests;

using Conformance.Adapters;

/// <summary>Settings with two users that have passwords, and a StoreHost on 127.0.0.1 port 0.</summary>
internal static class ServedStore
{
    public const string Password1 = "pw-one-\u00e9";
    public const string Password2 = "pw-two";

    public static ConformanceSettings Settings()
    {
        var settings = new ConformanceSettings
        {
            Users =
            [
                new UserSettings { Name = "user1", Essdn = "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user1", Password = Password1, SmtpAddress = "user1@conformance.test" },
                new UserSettings { Name = "user2", Essdn = "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user2", Password = Password2 },
            ],
        };
        settings.Targets["inproc"] = new TargetSettings();
        return settings;
    }

    public static Task<StoreHost> StartAsync(MapiHttpServerOptions? options = null) => StoreHost.StartAsync(Settings(), "inproc", null, options);

    public static MapiHttpTestClient Client(StoreHost host, int user = 0, string? password = null) =>
        new(host.MailboxEndpointUrl, host.Users[user], password);
}
