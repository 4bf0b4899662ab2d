namespace Conformance.Cli;

using System.CommandLine;
using System.Globalization;
using Conformance.Adapters;
using Conformance.Fuzz.Traffic;
using Conformance.Harness.Traceability;
using Conformance.Targets;

/// <summary>
/// <c>conformance fuzz traffic</c> (a traffic fuzzing campaign against a target) and <c>conformance fuzz replay</c> (one
/// saved finding, again). Exit status of traffic: 0 with no finding, 1 with findings, 2 when it cannot run (a live target
/// without --allow-live-mailbox, an unknown target). Replay: 1 while the finding reproduces, 0 when it no longer does,
/// 3 when another oracle fires instead, 2 when it cannot run.
/// </summary>
internal static class FuzzTrafficCommands
{
    /// <summary>Adds the commands under <c>fuzz</c>, creating it when no other part did.</summary>
    public static void AddTo(RootCommand root)
    {
        Command fuzz = root.Subcommands.FirstOrDefault(c => c.Name == "fuzz") ?? AddFuzz(root);
        fuzz.Subcommands.Add(Traffic());
        fuzz.Subcommands.Add(Replay());
    }

    private static Command AddFuzz(RootCommand root)
    {
        var fuzz = new Command("fuzz", "Fuzzing: the parsers under AFL++ and servers with ROP traffic");
        root.Subcommands.Add(fuzz);
        return fuzz;
    }

    private static Command Traffic()
    {
        var target = new Option<string>("--target") { Description = "A target configured in conformance.json: inproc, loopback, or a live (mapihttp) one", DefaultValueFactory = _ => "inproc" };
        var duration = new Option<string>("--duration") { Description = "How long to run: 60s, 30m, 8h", DefaultValueFactory = _ => "8h" };
        var seed = new Option<int>("--seed") { Description = "The campaign's seed", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "The campaign folder (default fuzz/traffic/<target>)" };
        var resume = new Option<bool>("--resume") { Description = "Continue the campaign saved in <out>/state.json" };
        var allowLive = new Option<string?>("--allow-live-mailbox") { Description = "Required against a live target: the test mailbox's user name (the only one used)" };
        var hang = new Option<int>("--hang-ms") { Description = "A response slower than this is a finding", DefaultValueFactory = _ => 2000 };
        var corpus = new Option<string?>("--corpus") { Description = "A capture file or folder whose recorded requests seed the corpus" };
        var report = new Option<string>("--report") { Description = "Where findings.json and index.html go", DefaultValueFactory = _ => Path.Combine("reports", "fuzz") };
        var noMinimize = new Option<bool>("--no-minimize") { Description = "Save findings as found, without delta debugging" };
        var command = new Command("traffic", "Fuzz a server with generated and mutated ROP buffers; findings go to <out>/findings and reports/fuzz")
        {
            target, duration, seed, output, resume, allowLive, hang, corpus, report, noMinimize,
        };
        command.SetAction((result, cancellationToken) => RunTrafficAsync(
            new TrafficArguments(
                result.GetValue(target)!,
                result.GetValue(duration)!,
                result.GetValue(seed),
                result.GetValue(output),
                result.GetValue(resume),
                result.GetValue(allowLive),
                result.GetValue(hang),
                result.GetValue(corpus),
                result.GetValue(report)!,
                !result.GetValue(noMinimize)),
            cancellationToken));
        return command;
    }

    private static Command Replay()
    {
        var finding = new Argument<string>("FINDING") { Description = "A finding folder (or its finding.json)" };
        var target = new Option<string?>("--target") { Description = "Replay against this configured target instead of the finding's" };
        var allowLive = new Option<string?>("--allow-live-mailbox") { Description = "Required against a live target: the test mailbox's user name" };
        var command = new Command("replay", "Replay a traffic fuzzing finding; exit 1 while it still reproduces") { finding, target, allowLive };
        command.SetAction((result, cancellationToken) => ReplayAsync(result.GetValue(finding)!, result.GetValue(target), result.GetValue(allowLive), cancellationToken));
        return command;
    }

    private sealed record TrafficArguments(string Target, string Duration, int Seed, string? Output, bool Resume, string? AllowLive, int HangMs, string? Corpus, string Report, bool Minimize);

    private static async Task<int> RunTrafficAsync(TrafficArguments arguments, CancellationToken cancellationToken)
    {
        string root = HarnessPaths.RepositoryRoot(Directory.GetCurrentDirectory());
        ConformanceSettings settings = ConformanceConfiguration.Load(root);
        if (!TryParseDuration(arguments.Duration, out TimeSpan duration))
        {
            Console.Error.WriteLine($"--duration '{arguments.Duration}' is not a duration (60s, 30m, 8h)");
            return 2;
        }

        if (!settings.Targets.TryGetValue(arguments.Target, out TargetSettings? targetSettings))
        {
            Console.Error.WriteLine($"target '{arguments.Target}' is not configured; configured: {string.Join(", ", settings.Targets.Keys)}");
            return 2;
        }

        TargetUser user;
        try
        {
            user = ChooseUser(settings, targetSettings.Kind, arguments.AllowLive);
            LiveSafety.CheckLiveCampaign(targetSettings.Kind, arguments.AllowLive, user.Name);
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }

        var options = new TrafficCampaignOptions
        {
            Target = arguments.Target,
            TargetKind = targetSettings.Kind,
            Seed = arguments.Seed,
            Duration = duration,
            OutputFolder = Path.GetFullPath(arguments.Output ?? Path.Combine(root, "fuzz", "traffic", arguments.Target)),
            ReportFolder = Path.GetFullPath(arguments.Report, root),
            Resume = arguments.Resume,
            HangThreshold = TimeSpan.FromMilliseconds(arguments.HangMs),
            Corpus = arguments.Corpus is null ? null : Path.GetFullPath(arguments.Corpus),
            AllowLiveMailbox = arguments.AllowLive,
            Minimize = arguments.Minimize,
        };
        await using ITarget target = TargetFactory.Create(settings, arguments.Target);
        Console.WriteLine($"traffic fuzzing '{arguments.Target}' ({targetSettings.Kind}) as {user.Name}, seed {options.Seed}, for {duration}; campaign in {options.OutputFolder}");
        TrafficCampaignResult result = await new TrafficCampaign(target, user, options, Console.Out).RunAsync(cancellationToken);
        Console.WriteLine($"{result.Cases} cases in {result.Elapsed.TotalSeconds:F1} s ({result.CasesPerSecond:F1} cases/s); {result.NewFindings.Count} new finding(s), {result.TotalFindings} in the campaign{(result.StoppedBecause is { } why ? $"; stopped: {why}" : string.Empty)}");
        foreach (TrafficFinding finding in result.NewFindings)
        {
            Console.WriteLine($"  {finding.Signature}: conformance fuzz replay {Path.Combine(options.OutputFolder, "findings", finding.Signature)}");
        }

        return result.TotalFindings > 0 ? 1 : 0;
    }

    private static async Task<int> ReplayAsync(string path, string? targetName, string? allowLive, CancellationToken cancellationToken)
    {
        string root = HarnessPaths.RepositoryRoot(Directory.GetCurrentDirectory());
        ConformanceSettings settings = ConformanceConfiguration.Load(root);
        TrafficFinding finding;
        try
        {
            finding = TrafficFinding.Load(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            Console.Error.WriteLine($"cannot read the finding: {error.Message}");
            return 2;
        }

        string name = targetName ?? finding.Target;
        if (!settings.Targets.TryGetValue(name, out TargetSettings? targetSettings))
        {
            Console.Error.WriteLine($"target '{name}' is not configured");
            return 2;
        }

        OracleVerdict? verdict;
        try
        {
            TargetUser user = ChooseUser(settings, targetSettings.Kind, allowLive);
            await using ITarget target = TargetFactory.Create(settings, name);
            verdict = await TrafficReplay.RunAsync(finding with { TargetKind = targetSettings.Kind }, target, user, allowLive, cancellationToken);
        }
        catch (InvalidOperationException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }

        if (verdict is null)
        {
            Console.WriteLine($"{finding.Signature}: no longer reproduces against '{name}'");
            return 0;
        }

        Console.WriteLine($"{verdict.Signature}: {verdict.Message}");
        if (verdict.Signature == finding.Signature)
        {
            Console.WriteLine($"{finding.Signature}: reproduces against '{name}'");
            return 1;
        }

        Console.WriteLine($"{finding.Signature}: another oracle fired instead ({verdict.Signature})");
        return 3;
    }

    // Live: only the named test mailbox's user; otherwise the first configured user.
    private static TargetUser ChooseUser(ConformanceSettings settings, string kind, string? allowLive)
    {
        UserSettings? chosen = TrafficTargets.IsLive(kind) && allowLive is not null
            ? settings.Users.FirstOrDefault(u => string.Equals(u.Name, allowLive, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"--allow-live-mailbox '{allowLive}' names no configured user")
            : settings.Users.FirstOrDefault();
        return chosen?.ToTargetUser() ?? throw new InvalidOperationException("no user is configured");
    }

    private static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        if (text.Length < 2 || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value <= 0)
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration);
        }

        duration = char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => default,
        };
        return duration > TimeSpan.Zero;
    }
}
