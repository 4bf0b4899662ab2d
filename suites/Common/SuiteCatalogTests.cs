namespace Conformance.Suites;

using System.Reflection;
using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// The meta-tests every suite runs on itself for its document: each [Requirement] tag names a live catalog
/// entry; each entry verified by test (server behaviour) or by our own client (client obligations) has a
/// test; each entry verified by the adapter is bound to an analyzer rule; the suite never references the
/// in-process store. The coverage of server MUST/SHOULD entries is printed.
/// </summary>
public abstract class SuiteCatalogTests
{
    /// <summary>The document of this suite, for example <c>MS-OXCSTOR</c>.</summary>
    protected abstract string Document { get; }

    private Assembly Suite => GetType().Assembly;

    private static RequirementIndex Index => Requirements.Current.Recorder.Index;

    private IEnumerable<CatalogEntry> Entries => Index.Catalogs.Single(c => c.Document == Document).Entries.Where(e => !e.Retired);

    private IReadOnlyList<TaggedTest> Tagged => RequirementScanner.Scan([Suite]);

    [Test]
    public void Every_requirement_tag_names_a_live_catalog_entry()
    {
        var unknown = RequirementScanner.Unknown(Tagged, Index);
        Assert.That(unknown.Select(u => $"{u.Tag.Test}: {u.Tag.RequirementId} ({u.Problem})"), Is.Empty);
    }

    [Test]
    public void Every_tag_of_this_suite_belongs_to_its_document()
    {
        Assert.That(Tagged.Where(t => Index.Contains(t.RequirementId) && Index.DocumentOf(t.RequirementId) != Document).Select(t => $"{t.Test}: {t.RequirementId}"), Is.Empty);
    }

    [Test]
    public void Every_entry_verified_by_test_has_a_test()
    {
        var tagged = Tagged.Select(t => t.RequirementId).ToHashSet(StringComparer.Ordinal);
        Assert.That(Entries.Where(e => e.Verification == VerificationKind.Test && !tagged.Contains(e.Id)).Select(Describe), Is.Empty);
    }

    [Test]
    public void Every_client_obligation_is_checked_on_our_own_client()
    {
        var tagged = Tagged.Select(t => t.RequirementId).ToHashSet(StringComparer.Ordinal);
        Assert.That(Entries.Where(e => e.Verification == VerificationKind.Client && !tagged.Contains(e.Id)).Select(Describe), Is.Empty);
    }

    [Test]
    public void Every_entry_verified_by_the_adapter_has_an_analyzer_rule()
    {
        var bound = SuiteRun.Analyzer.RequirementIds.ToHashSet(StringComparer.Ordinal);
        Assert.That(Entries.Where(e => e.Verification == VerificationKind.Adapter && !bound.Contains(e.Id)).Select(Describe), Is.Empty);
    }

    [Test]
    public void The_suite_does_not_reference_the_in_process_store()
    {
        // Suites reach the target through ITarget and ROP bytes only, so they run unchanged against a live server.
        Assert.That(Suite.GetReferencedAssemblies().Select(a => a.Name), Has.None.EqualTo("Conformance.Store"));
    }

    [Test]
    public void Coverage_of_server_requirements_is_printed()
    {
        DocumentCoverage coverage = CoverageReport.Compute(Index, Tagged).Single(c => c.Document == Document);
        TestContext.Out.WriteLine(coverage.ToString());
        Assert.That(coverage.Total, Is.Positive, "the catalog has server MUST/SHOULD entries verified by test");
    }

    private static string Describe(CatalogEntry entry) => $"{entry.Id} {entry.Section} {entry.Level} {entry.Role}: {entry.Summary}";
}
