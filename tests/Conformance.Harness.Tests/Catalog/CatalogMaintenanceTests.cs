namespace Conformance.Harness.Tests.Catalog;

using Conformance.Harness.Catalog;

/// <summary>Check, scaffold, import and diff on a small document.</summary>
public sealed class CatalogMaintenanceTests
{
    private static SpecificationDocument Document(string chapterThree = "The server MUST reply with **Success** and SHOULD log it.[<1>](#)") =>
        SpecificationDocument.Parse(SampleDocument.Lines(chapterThree));

    [Test]
    public void EmptyCatalogMissesEveryStatement()
    {
        CatalogCheck check = CatalogCheck.Run(Document(), new RequirementCatalog { Document = "MS-OXTEST" });
        Assert.That((check.Missing.Count, check.Stale.Count, check.Passed), Is.EqualTo((StatementExtractor.Extract(Document()).Count, 0, false)));
    }

    [Test]
    public void ScaffoldAddsNumberedEntriesThatStillNeedASummary()
    {
        var catalog = new RequirementCatalog { Document = "MS-OXTEST" };
        (int added, int retired) = CatalogScaffold.Apply(Document(), catalog);
        CatalogCheck check = CatalogCheck.Run(Document(), catalog);
        Assert.Multiple(() =>
        {
            Assert.That((added, retired), Is.EqualTo((8, 0)));
            Assert.That(catalog.Entries.Select(e => e.Id).First(), Is.EqualTo("MS-OXTEST-R0001"));
            Assert.That(check.Missing, Is.Empty);
            Assert.That(check.Incomplete, Has.Count.EqualTo(8), "no summaries yet");
            Assert.That(catalog.Entries.Single(e => e.Section == "3.2" && e.Occurrence == 0).Role, Is.EqualTo(RequirementRole.Server));
            Assert.That(catalog.Entries.Single(e => e.Section == "3.1").Role, Is.EqualTo(RequirementRole.Client));
            Assert.That(catalog.Entries.Single(e => e.Section == "3.2" && e.Occurrence == 1).Footnotes, Is.EqualTo(new[] { 1 }));
        });
    }

    [Test]
    public void ChangedSentenceRetiresItsEntriesAndNeverReusesTheirIds()
    {
        var catalog = new RequirementCatalog { Document = "MS-OXTEST" };
        CatalogScaffold.Apply(Document(), catalog);
        SpecificationDocument revised = Document("The server MUST reply with Success.");

        Assert.That(CatalogCheck.Run(revised, catalog).Stale, Has.Count.EqualTo(2));
        (int added, int retired) = CatalogScaffold.Apply(revised, catalog);

        Assert.Multiple(() =>
        {
            Assert.That((added, retired), Is.EqualTo((1, 2)));
            Assert.That(catalog.Entries.Last().Id, Is.EqualTo("MS-OXTEST-R0009"));
            Assert.That(catalog.Entries.Select(e => e.Id), Is.Unique);
            Assert.That(CatalogCheck.Run(revised, catalog).Stale, Is.Empty, "retired entries are not stale");
        });
    }

    [Test]
    public void ImportFillsEntriesAndReportsBadLines()
    {
        var catalog = new RequirementCatalog { Document = "MS-OXTEST" };
        CatalogScaffold.Apply(Document(), catalog);
        string[] lines =
        [
            "MS-OXTEST-R0001\tBoth\tAdapter\t\tFlags is one byte of request flags.",
            "MS-OXTEST-R0002\tClient\tNotTestable\tonly our own client sends it\tA client leaves undefined bits clear.",
            "MS-OXTEST-R0003\tNobody\tTest\t\tx",
            "MS-OXTEST-R0999\tServer\tTest\t\tx",
            "MS-OXTEST-R0004\tServer\tTest",
        ];

        (int updated, IReadOnlyList<string> problems) = CatalogImport.Apply(catalog, lines);

        Assert.Multiple(() =>
        {
            Assert.That(updated, Is.EqualTo(2));
            Assert.That(problems, Has.Count.EqualTo(3));
            Assert.That(problems[0], Does.StartWith("line 3"));
            CatalogEntry second = catalog.Entries[1];
            Assert.That((second.Role, second.Verification, second.NotTestableReason), Is.EqualTo((RequirementRole.Client, VerificationKind.NotTestable, "only our own client sends it")));
        });
    }

    [Test]
    public void NotTestableEntryNeedsAReason()
    {
        var entry = new CatalogEntry { Summary = "x", Verification = VerificationKind.NotTestable };
        Assert.That(entry.Gaps(), Is.EqualTo(new[] { "reason it cannot be tested" }));
    }

    [Test]
    public void DiffTellsAddedChangedAndRemoved()
    {
        SpecificationDocument old = SpecificationDocument.Parse(SampleDocument.Lines("The server MUST reply with Success within one second."));
        string[] revisedLines = SampleDocument.Lines("The server MUST reply with Success within two seconds.");
        revisedLines[^3] = "Implementers MUST NOT log anything.";
        SpecificationDiff diff = SpecificationDiff.Compare(old, SpecificationDocument.Parse(revisedLines));
        Assert.Multiple(() =>
        {
            Assert.That(diff.Changed.Select(c => c.New.Section), Is.EqualTo(new[] { "3.2" }));
            Assert.That(diff.Added.Select(a => (a.Section, a.Level)), Is.EqualTo(new[] { ("5.1", RequirementLevel.MustNot) }));
            Assert.That(diff.Removed.Select(r => (r.Section, r.Level)), Is.EqualTo(new[] { ("5.1", RequirementLevel.ShouldNot) }));
        });
    }
}
