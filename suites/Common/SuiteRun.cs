namespace Conformance.Suites;

using System.Reflection;
using Conformance.Adapters;
using Conformance.Adapters.Capture;
using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Traceability;
using Conformance.Targets;

/// <summary>
/// The state of one suite assembly's run: the configuration (conformance.json, CONFORMANCE_ variables, then
/// the TestRunParameters of the run settings), the target built from it, its implementation profile, the
/// requirement checker the tests record through, and the adapter analyzer attached to every session.
/// Checkpoints go to <c>reports/results/&lt;target&gt;/&lt;suite assembly&gt;.jsonl</c>, replaced at each run, one file
/// per assembly because suite assemblies run in parallel processes. With <c>Capture</c> set (a folder), each test's
/// exchanges go to <c>&lt;folder&gt;/&lt;target&gt;/&lt;test full name&gt;.jsonl</c> (<see cref="TargetForTest"/>).
/// </summary>
public static class SuiteRun
{
    /// <summary>The assembly metadata key with which a suite copy fixes its target.</summary>
    public const string TargetMetadataKey = "ConformanceTarget";

    private static State? state;

    public static ConformanceSettings Settings => Current.Settings;

    public static ITarget Target => Current.Target;

    public static string TargetName => Current.Settings.Target;

    public static ImplementationProfile Profile => Current.Profile;

    public static AdapterAnalyzer Analyzer => Current.Analyzer;

    /// <summary>The configured users as target users; the first is the primary test user.</summary>
    public static IReadOnlyList<TargetUser> Users => Current.Users;

    /// <summary>The checkpoint file of this assembly's run.</summary>
    public static string CheckpointFile => Current.Analyzer.Recorder.Sink.Path!;

    /// <summary>The folder the run captures exchanges into (absolute), or null when captures are off.</summary>
    public static string? CaptureFolder => Current.CaptureFolder;

    /// <summary>
    /// The target as the test <paramref name="testFullName"/> sees it: the run's target, or its view for that test
    /// (a replay of a capture folder answers from the test's own file), wrapped to record the test's exchanges
    /// when captures are on. <c>Owned</c> lists what the caller disposes when the test ends.
    /// </summary>
    public static (ITarget Target, IReadOnlyList<ITarget> Owned) TargetForTest(string testFullName)
    {
        var owned = new List<ITarget>();
        ITarget target = Current.Target;
        if (target is ITestScopedTarget scoped)
        {
            target = scoped.ForTest(testFullName);
            owned.Add(target);
        }

        if (Current.CaptureFolder is { } folder)
        {
            target = new CapturingTarget(target, new CaptureWriter(CaptureFiles.PathFor(folder, Current.Settings.Target, testFullName)));
            owned.Add(target);
        }

        return (target, owned);
    }

    private static State Current => state ?? throw new InvalidOperationException("the suite run has not started: the suite assembly needs a SetUpFixture derived from SuiteSetUpFixture");

    internal static void Start(Assembly suite)
    {
        var overrides = TestContext.Parameters.Names.ToDictionary(n => n, n => TestContext.Parameters.Get(n));

        // A copy of a suite built for one target (suites/Loopback) names it in its metadata; that wins over the run settings.
        if (suite.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == TargetMetadataKey)?.Value is { Length: > 0 } fixedTarget)
        {
            overrides["Target"] = fixedTarget;
        }

        ConformanceSettings settings = ConformanceConfiguration.Load(TestContext.CurrentContext.TestDirectory, overrides);
        TargetSettings targetSettings = settings.SelectedTarget;

        string root = HarnessPaths.RepositoryRoot();
        string checkpoints = Environment.GetEnvironmentVariable("CONFORMANCE_CHECKPOINTS") is { Length: > 0 } file
            ? file
            : Path.Combine(HarnessPaths.ResultsFolder(root), settings.Target, $"{suite.GetName().Name}.jsonl");
        var index = RequirementIndex.Load(HarnessPaths.CatalogDirectory(root));
        var recorder = new CheckpointRecorder(index, new CheckpointSink(checkpoints, append: false));
        Requirements.Use(new RequirementChecker(recorder));

        string profilePath = Path.Combine(HarnessPaths.ProfileDirectory(root), $"{targetSettings.Profile}.json");
        ImplementationProfile profile = File.Exists(profilePath) ? ImplementationProfile.Load(profilePath) : ImplementationProfile.Default;

        state = new State(
            settings,
            TargetFactory.Create(settings),
            profile,
            new AdapterAnalyzer(recorder, LayoutRules(index, root)),
            [.. settings.Users.Select(u => u.ToTargetUser())],
            settings.Capture is { Length: > 0 } capture ? Path.GetFullPath(capture, root) : null);
        if (state.CaptureFolder is { } captureFolder)
        {
            // The run's seed decides every made-up value (TestValues), so replaying a capture needs it: NUnit.RandomSeed=<seed>.
            string seedFile = Path.Combine(captureFolder, settings.Target, $"{suite.GetName().Name}.seed");
            Directory.CreateDirectory(Path.GetDirectoryName(seedFile)!);
            File.WriteAllText(seedFile, $"{NUnit.Framework.Internal.Randomizer.InitialSeed}\n");
        }

        TestContext.Progress.WriteLine($"{suite.GetName().Name}: target {settings.Target} ({targetSettings.Kind}, profile {profile.Name}), random seed {NUnit.Framework.Internal.Randomizer.InitialSeed}, checkpoints to {checkpoints}"
            + (state.CaptureFolder is { } captures ? $", captures to {Path.Combine(captures, settings.Target)}" : string.Empty));
    }

    internal static async Task StopAsync()
    {
        if (state is { } run)
        {
            state = null;
            await run.Target.DisposeAsync().ConfigureAwait(false);
            run.Analyzer.Recorder.Sink.Dispose();
        }
    }

    // The layout rules bind catalog entries to response fields through the specification text; without the
    // seeds only the normative checks run, and the report shows those layout entries not run.
    private static IReadOnlyList<LayoutRule> LayoutRules(RequirementIndex index, string root)
    {
        string seeds = HarnessPaths.SeedDirectory(root);
        if (!Directory.Exists(seeds))
        {
            TestContext.Progress.WriteLine($"no specifications in {seeds}: the adapter analyzer checks no response layouts");
            return [];
        }

        IReadOnlyList<SpecificationDocument> documents = SpecificationDocument.LoadFolder(seeds, index.Catalogs.Select(c => c.Document).ToHashSet(StringComparer.Ordinal));
        return LayoutRuleSet.Build(documents, index, out _);
    }

    private sealed record State(
        ConformanceSettings Settings,
        ITarget Target,
        ImplementationProfile Profile,
        AdapterAnalyzer Analyzer,
        IReadOnlyList<TargetUser> Users,
        string? CaptureFolder);
}
