namespace Conformance.Cli;

using System.CommandLine;
using Conformance.Adapters;
using Conformance.Harness.Traceability;
using Conformance.Server;

/// <summary>
/// <c>conformance serve</c>: hosts the in-process store behind the MAPI over HTTP mailbox endpoint on 127.0.0.1 until
/// Ctrl+C, with Basic authentication for the configured users (passwords from conformance.json or
/// CONFORMANCE_Users__N__Password). Exit status: 0 after Ctrl+C, 2 when the host cannot start.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen: http://127.0.0.1:PORT (loopback only; port 0 picks a free one)", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var target = new Option<string>("--target") { Description = "The inproc target whose store options to serve", DefaultValueFactory = _ => "inproc" };
        var pending = new Option<int>("--pending-seconds") { Description = "Seconds between PENDING keep-alives of a running request", DefaultValueFactory = _ => 15 };
        var command = new Command("serve", "Serve the in-process store over MAPI over HTTP (POST /mapi/emsmdb/) on 127.0.0.1 until Ctrl+C")
        {
            urls, target, pending,
        };
        command.SetAction((result, cancellationToken) => ServeAsync(result.GetValue(urls)!, result.GetValue(target)!, result.GetValue(pending), cancellationToken));
        return command;
    }

    private static async Task<int> ServeAsync(string url, string targetName, int pendingSeconds, CancellationToken cancellationToken)
    {
        ConformanceSettings settings = ConformanceConfiguration.Load(HarnessPaths.RepositoryRoot(Directory.GetCurrentDirectory()));
        StoreHost host;
        try
        {
            var options = new MapiHttpServerOptions { PendingPeriod = TimeSpan.FromSeconds(Math.Max(1, pendingSeconds)) };
            host = await StoreHost.StartAsync(settings, targetName, url, options, cancellationToken);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"cannot serve: {error.Message}");
            return 2;
        }

        await using (host)
        {
            Console.WriteLine($"MAPI over HTTP mailbox endpoint: {host.MailboxEndpointUrl}  (target '{targetName}', Basic authentication)");
            foreach (TargetUser user in host.Users)
            {
                // Never the password: only whether one is configured, since a user without one cannot sign in.
                string state = string.IsNullOrEmpty(user.Password) ? "no password configured, cannot sign in" : "password configured";
                Console.WriteLine($"  user {user.Name}  {user.Essdn}  ({state})");
            }

            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("stopping");
            }
        }

        return 0;
    }
}
