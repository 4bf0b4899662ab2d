namespace Conformance.Harness.Reports;

using Conformance.Adapters.Capture;
using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Traceability;

/// <summary>
/// Builds the <see cref="TraceabilityReport"/> from the catalogs, one checkpoint file per target and,
/// optionally, the tags found by <see cref="RequirementScanner"/>. Verdicts come from
/// <see cref="VerdictRules"/>; an entry counts as covered (not-run rather than not-covered when a run
/// recorded nothing) when a test is tagged with it, any target recorded it, or an adapter check exists
/// for it (a concrete <see cref="NormativeChecks"/> entry, or a Layout entry of verification Adapter).
/// </summary>
public static class ReportBuilder
{
    /// <summary>Failures kept per cell: enough to see a pattern, few enough to keep the files small.</summary>
    public const int MaxFailuresPerCell = 5;

    public static TraceabilityReport Build(RequirementIndex index, IReadOnlyList<ReportTarget> targets, IEnumerable<TaggedTest>? tagged = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(targets);
        ILookup<string, string> taggedTests = (tagged ?? []).ToLookup(t => t.RequirementId, t => t.Test, StringComparer.Ordinal);
        var adapterChecked = NormativeChecks.All.Select(c => c.Id).Concat(CodecEnforcedRules.All.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);

        var runs = targets.Select(t => (Target: t, Found: CheckpointReader.Exists(t.CheckpointsPath))).Select(r => (
            r.Target,
            r.Found,
            Checkpoints: r.Found ? CheckpointReader.Load(r.Target.CheckpointsPath) : [])).ToArray();
        ILookup<string, Checkpoint>[] byId = [.. runs.Select(r => r.Checkpoints.ToLookup(c => c.RequirementId, StringComparer.Ordinal))];

        var documents = new List<DocumentReport>();
        foreach (RequirementCatalog catalog in index.Catalogs)
        {
            var sections = catalog.Entries
                .Where(e => !e.Retired)
                .GroupBy(e => e.Section, StringComparer.Ordinal)
                .OrderBy(g => g.Key, SectionNumberComparer.Instance)
                .Select(g => new SectionReport
                {
                    Section = g.Key,
                    Requirements = [.. g.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => Entry(catalog.Document, e))],
                });
            documents.Add(new DocumentReport { Document = catalog.Document, Sections = [.. sections] });
        }

        RequirementReport[] all = [.. documents.SelectMany(d => d.Sections).SelectMany(s => s.Requirements)];
        TargetSummary[] summaries = [.. runs.Select((run, column) => new TargetSummary
        {
            Name = run.Target.Name,
            CheckpointsFile = run.Target.CheckpointsPath,
            ResultsFound = run.Found,
            CheckpointCount = run.Checkpoints.Count,
            Profile = run.Target.Profile.Name,
            UnknownRequirementIds = [.. run.Checkpoints.Select(c => c.RequirementId).Where(id => !index.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Figures = Figures(all, column, taggedTests),
        })];
        return new TraceabilityReport { Targets = summaries, Documents = documents };

        RequirementReport Entry(string document, CatalogEntry entry)
        {
            bool covered = taggedTests.Contains(entry.Id)
                || adapterChecked.Contains(entry.Id)
                || (entry.Kind == StatementKind.Layout && entry.Verification == VerificationKind.Adapter)
                || byId.Any(l => l.Contains(entry.Id));
            TargetResult[] results = [.. runs.Select((run, column) => Result(entry, run.Target, [.. byId[column][entry.Id]], covered, taggedTests[entry.Id]))];
            return new RequirementReport
            {
                Id = entry.Id,
                Document = document,
                Section = entry.Section,
                Level = entry.Level,
                Role = entry.Role,
                Kind = entry.Kind,
                Verification = entry.Verification,
                NotTestableReason = entry.NotTestableReason,
                ProductBehaviorNotes = [.. entry.Footnotes],
                Summary = entry.Summary,
                Tests = [.. results.SelectMany(r => r.Tests).Concat(taggedTests[entry.Id]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                Results = results,
            };
        }
    }

    private static TargetResult Result(CatalogEntry entry, ReportTarget target, Checkpoint[] checkpoints, bool covered, IEnumerable<string> tagged)
    {
        RequirementVerdict verdict = VerdictRules.Decide(entry, target.Profile, checkpoints, covered);

        // No checkpoint, but a tagged test broke (an exception, a failed setup) before recording one: the
        // requirement was not judged, which is inconclusive rather than simply not run.
        if (verdict.Verdict == Verdict.NotRun && target.Outcomes is { } outcomes
            && tagged.Select(t => outcomes.GetValueOrDefault(t)).FirstOrDefault(o => o is { Broke: true }) is { } broke)
        {
            verdict = verdict with { Verdict = Verdict.Inconclusive, Reason = $"{broke.Test} ended {broke.Outcome} before recording a checkpoint: {broke.Message}" };
        }

        string[] tests = [.. checkpoints.Select(c => c.Test).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new TargetResult
        {
            Target = target.Name,
            Verdict = verdict.Verdict,
            Reason = verdict.Reason,
            AsProfileExpects = verdict.AsProfileExpects,
            CheckpointCount = checkpoints.Length,
            Tests = tests,
            Captures = CapturesOf(target, tests),
            Failures = [.. checkpoints
                .Where(c => c.Outcome is CheckpointOutcome.Failed or CheckpointOutcome.ShouldNotFollowed)
                .Take(MaxFailuresPerCell)
                .Select(c => new FailureDetail
                {
                    Outcome = c.Outcome,
                    Test = c.Test,
                    Source = c.Source,
                    Expected = c.Expected,
                    Actual = c.Actual,
                    Message = c.Message,
                    Exchange = c.Exchange,
                })],
        };
    }

    private static Dictionary<string, string> CapturesOf(ReportTarget target, IEnumerable<string> tests) =>
        target.CapturesPath is not { Length: > 0 } folder
            ? []
            : tests.Select(t => (Test: t, Path: CaptureFiles.PathFor(folder, t)))
                .Where(c => File.Exists(c.Path))
                .ToDictionary(c => c.Test, c => c.Path, StringComparer.Ordinal);

    private static HeadlineFigures Figures(RequirementReport[] all, int column, ILookup<string, string> taggedTests)
    {
        RequirementReport[] testable = [.. all.Where(r => r.Verification != VerificationKind.NotTestable)];
        int covered = testable.Count(r => r.Results[column].CheckpointCount > 0 || taggedTests.Contains(r.Id));
        int Count(Verdict verdict) => all.Count(r => r.Results[column].Verdict == verdict);
        return new HeadlineFigures
        {
            Requirements = all.Length,
            Testable = testable.Length,
            Covered = covered,
            CoveragePercent = testable.Length == 0 ? 0 : Math.Round(100.0 * covered / testable.Length, 1),
            Verified = Count(Verdict.Verified),
            Violated = Count(Verdict.Violated),
            ShouldNotFollowed = Count(Verdict.ShouldNotFollowed),
            NotApplicableForProfile = Count(Verdict.NotApplicableForProfile),
            Inconclusive = Count(Verdict.Inconclusive),
            NotRun = Count(Verdict.NotRun),
            NotCovered = Count(Verdict.NotCovered),
        };
    }
}
