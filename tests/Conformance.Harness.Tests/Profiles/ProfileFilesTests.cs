namespace Conformance.Harness.Tests.Profiles;

using Conformance.Harness.Catalog;
using Conformance.Harness.Profiles;
using Conformance.Harness.Tests.Catalog;
using Conformance.Harness.Tests.Traceability;

/// <summary>The profiles of the repository (profiles/*.json) against the catalogs.</summary>
public sealed class ProfileFilesTests
{
    private static IEnumerable<string> ProfileFiles() =>
        Directory.GetFiles(Path.Combine(Seeds.RepositoryRoot(), "profiles"), "*.json").Order(StringComparer.Ordinal);

    [Test]
    public void TheReferenceAndExchange2019ProfilesExist() =>
        Assert.That(ProfileFiles().Select(Path.GetFileName), Is.SupersetOf(new[] { "reference.json", "exchange2019.json" }));

    [TestCaseSource(nameof(ProfileFiles))]
    public void EveryIdOfAProfileIsALiveCatalogEntryWithAReason(string path)
    {
        ImplementationProfile profile = ImplementationProfile.Load(path);
        Assert.Multiple(() =>
        {
            Assert.That(profile.Name, Is.EqualTo(Path.GetFileNameWithoutExtension(path)));
            Assert.That(profile.Entries, Is.Not.Empty);
            Assert.That(profile.Validate(TestCatalogs.Index), Is.Empty);
        });
    }

    [TestCaseSource(nameof(ProfileFiles))]
    public void ProfilesListOnlyEntriesWithRoomToChoose(string path)
    {
        // A profile speaks for SHOULD, SHOULD NOT and MAY entries and entries with product-behavior notes; a plain MUST is not
        // negotiable. It can only be not applicable, when it binds a feature the target leaves out where the specification
        // lets it (the rules of an implemented RopGetStoreState on a server that does not implement it).
        ImplementationProfile profile = ImplementationProfile.Load(path);
        CatalogEntry[] plainMusts = [.. profile.Entries
            .Where(e => e.Expectation != ProfileExpectation.NotApplicable)
            .Select(e => TestCatalogs.Index.Get(e.Id))
            .Where(e => e.Level is RequirementLevel.Must or RequirementLevel.MustNot && e.Footnotes.Count == 0)];
        Assert.That(plainMusts.Select(e => e.Id), Is.Empty);
    }

    [Test]
    public void ValidationNamesUnknownIdsAndMissingReasons()
    {
        var profile = new ImplementationProfile
        {
            Name = "broken",
            Entries = [new ProfileEntry { Id = "MS-OXCPRPT-R9999", Expectation = ProfileExpectation.Follows, Reason = "x" }, new ProfileEntry { Id = "MS-OXCPRPT-R0140" }],
        };
        Assert.That(profile.Validate(TestCatalogs.Index), Is.EqualTo(new[]
        {
            "broken: " + TestCatalogs.Index.WhyUnknown("MS-OXCPRPT-R9999"),
            "broken: MS-OXCPRPT-R0140 has no reason",
        }));
    }

    [Test]
    public void UnlistedEntriesDefaultByLevel()
    {
        ImplementationProfile profile = ImplementationProfile.Default;
        Assert.Multiple(() =>
        {
            Assert.That(profile.ExpectationFor(TestCatalogs.Index.Get("MS-OXCPRPT-R0154")), Is.EqualTo(ProfileExpectation.Follows), "SHOULD");
            Assert.That(profile.ExpectationFor(TestCatalogs.Index.Get("MS-OXCPRPT-R0167")), Is.Null, "MAY");
            Assert.That(profile.ExpectationFor(TestCatalogs.Index.Get("MS-OXCPRPT-R0111")), Is.EqualTo(ProfileExpectation.Follows), "MUST");
        });
    }

    [Test]
    public void ExpectationsAreWrittenInKebabCase()
    {
        string path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "name": "p", "entries": [ { "id": "MS-OXCSTOR-R0149", "expectation": "not-applicable", "reason": "undefined" } ] }""");
        try
        {
            Assert.That(ImplementationProfile.Load(path).Find("MS-OXCSTOR-R0149")!.Expectation, Is.EqualTo(ProfileExpectation.NotApplicable));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
