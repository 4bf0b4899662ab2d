namespace Conformance.Harness.Tests.Reports;

using System.Text.Json;
using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Reports;
using Conformance.Harness.Tests.Catalog;
using Conformance.Harness.Tests.Traceability;
using Conformance.Harness.Traceability;

/// <summary>
/// A small checkpoints.jsonl written to a temporary folder: a MUST that held, a MUST that failed with its
/// exchange, a SHOULD not followed and a MAY observed, against the real catalogs. The failure's message
/// and actual value carry markup, to prove the HTML escapes what comes from files.
/// </summary>
internal sealed class SyntheticRun : IDisposable
{
    public const string PassedMust = "MS-OXCPRPT-R0111";
    public const string FailedMust = "MS-OXCPRPT-R0001";
    public const string MissedShould = "MS-OXCPRPT-R0141";

    // A MAY the reference profile expects not to be taken (StoreOptions.MoveDeletesSourceProperties).
    public const string ObservedMay = "MS-OXCPRPT-R0167";

    public const string Injected = "<script>alert('x')</script>";
    public const string FailedExpected = "0x00000000 or 0x00000001";
    public const string FailedActual = "0x00000007 " + Injected;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public SyntheticRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "conformance-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        CheckpointsPath = Path.Combine(Folder, "checkpoints.jsonl");
        Checkpoint[] checkpoints =
        [
            Make(PassedMust, CheckpointOutcome.Passed, true, ">= 3", "3", "TotalTaskCount"),
            Make(FailedMust, CheckpointOutcome.Failed, false, FailedExpected, FailedActual, "PidTagAccessLevel " + Injected) with
            {
                Exchange = new CheckpointExchange
                {
                    RequestHex = "0700000102000000",
                    ResponseHex = "07000000000001000000",
                    Requests = ["RopGetPropertiesSpecific { PropertySizeLimit = 0 }"],
                    Responses = ["RopGetPropertiesSpecificResponse { ReturnValue = 0 }"],
                    ElapsedMilliseconds = 1.5,
                },
            },
            Make(MissedShould, CheckpointOutcome.ShouldNotFollowed, false, "ecNotSupported", "ecNone", "not followed"),
            Make(ObservedMay, CheckpointOutcome.Observed, false, "source properties deleted", "kept", "move"),
        ];
        File.WriteAllLines(CheckpointsPath, checkpoints.Select(c => JsonSerializer.Serialize(c, Json)));
    }

    public string Folder { get; }

    public string CheckpointsPath { get; }

    public static RequirementIndex Index => TestCatalogs.Index;

    public static ImplementationProfile Reference =>
        ImplementationProfile.Load(Path.Combine(Seeds.RepositoryRoot(), "profiles", "reference.json"));

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static Checkpoint Make(string id, CheckpointOutcome outcome, bool held, string expected, string actual, string message)
    {
        CatalogEntry entry = Index.Get(id);
        return new Checkpoint
        {
            Time = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            RequirementId = id,
            Document = Index.DocumentOf(id),
            Section = entry.Section,
            Level = entry.Level,
            Verification = entry.Verification,
            Test = "Synthetic.Tests." + id,
            Source = CheckpointSource.Test,
            Held = held,
            Outcome = outcome,
            Expected = expected,
            Actual = actual,
            Message = message,
        };
    }
}
