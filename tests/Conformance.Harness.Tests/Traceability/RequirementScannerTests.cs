namespace Conformance.Harness.Tests.Traceability;

using System.Reflection;
using System.Reflection.Emit;
using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>Meta-tests: the [Requirement] tags of test assemblies against the catalogs, and the coverage figure.</summary>
public sealed class RequirementScannerTests
{
    [Test]
    public void EveryTagOfThisAssemblyIsACatalogEntry()
    {
        IReadOnlyList<TaggedTest> tagged = RequirementScanner.Scan([typeof(RequirementScannerTests).Assembly]);
        Assert.Multiple(() =>
        {
            Assert.That(tagged, Has.Some.EqualTo(new TaggedTest("Conformance.Harness.Tests", typeof(AdapterAnalyzerTests).FullName + ".ProgressTotalBelowCompletedFails", "MS-OXCPRPT-R0111")));
            Assert.That(RequirementScanner.Unknown(tagged, TestCatalogs.Index).Select(u => $"{u.Tag.Test}: {u.Problem}"), Is.Empty);
        });
    }

    [Test]
    public void UnknownTagsOfAnotherAssemblyAreReported()
    {
        Assembly fake = FakeSuite(("Known", "MS-OXCPRPT-R0001", null), ("Unknown", "MS-OXCPRPT-R9999", null), ("ClassTagged", null, "MS-OXCSTOR-R0143"));
        IReadOnlyList<TaggedTest> tagged = RequirementScanner.Scan([fake]);
        IReadOnlyList<(TaggedTest Tag, string Problem)> unknown = RequirementScanner.Unknown(tagged, TestCatalogs.Index);
        Assert.Multiple(() =>
        {
            Assert.That(tagged.Select(t => (t.Test, t.RequirementId)), Is.EquivalentTo(new[]
            {
                ("Fake.Known.Test", "MS-OXCPRPT-R0001"),
                ("Fake.Unknown.Test", "MS-OXCPRPT-R9999"),
                ("Fake.ClassTagged.Test", "MS-OXCSTOR-R0143"),
            }));
            Assert.That(unknown.Select(u => u.Tag.RequirementId), Is.EquivalentTo(new[] { "MS-OXCPRPT-R9999", "MS-OXCSTOR-R0143" }));
            Assert.That(unknown.Single(u => u.Tag.RequirementId == "MS-OXCSTOR-R0143").Problem, Does.Contain("retired"));
        });
    }

    [Test]
    public void CoverageCountsServerMustAndShouldTestEntriesWithATaggedTest()
    {
        var catalog = new RequirementCatalog
        {
            Document = "MS-X",
            Entries =
            [
                Entry("MS-X-R0001", RequirementLevel.Must, RequirementRole.Server, VerificationKind.Test),
                Entry("MS-X-R0002", RequirementLevel.ShouldNot, RequirementRole.Both, VerificationKind.Test),
                Entry("MS-X-R0003", RequirementLevel.Must, RequirementRole.Server, VerificationKind.Test),
                Entry("MS-X-R0004", RequirementLevel.May, RequirementRole.Server, VerificationKind.Test),
                Entry("MS-X-R0005", RequirementLevel.Must, RequirementRole.Client, VerificationKind.Test),
                Entry("MS-X-R0006", RequirementLevel.Must, RequirementRole.Server, VerificationKind.Adapter),
                Entry("MS-X-R0007", RequirementLevel.Must, RequirementRole.Server, VerificationKind.Test, retired: true),
            ],
        };
        TaggedTest[] tagged = [new("a", "T1", "MS-X-R0001"), new("a", "T2", "MS-X-R0001"), new("a", "T3", "MS-X-R0002"), new("a", "T4", "MS-X-R0004"), new("a", "T5", "MS-X-R0006")];
        DocumentCoverage coverage = CoverageReport.Compute(new RequirementIndex([catalog]), tagged).Single();
        Assert.Multiple(() =>
        {
            Assert.That(coverage, Is.EqualTo(new DocumentCoverage("MS-X", 2, 3)));
            Assert.That(coverage.ToString(), Does.StartWith("MS-X: 2 of 3 server MUST/SHOULD requirements"));
        });
    }

    [Test]
    public void CoverageOfTheRepositoryIsReported()
    {
        // No suites exist yet: the figure is expected to be 0 of N for each document, and it is printed, not asserted.
        IReadOnlyList<DocumentCoverage> coverage = CoverageReport.Compute(TestCatalogs.Index, RequirementScanner.Scan([typeof(RequirementScannerTests).Assembly]));
        TestContext.Out.WriteLine(CoverageReport.Format(coverage));
        Assert.That(coverage.Select(c => c.Document), Is.EquivalentTo(TestCatalogs.Index.Catalogs.Select(c => c.Document)));
    }

    private static CatalogEntry Entry(string id, RequirementLevel level, RequirementRole role, VerificationKind verification, bool retired = false) =>
        new() { Id = id, Level = level, Role = role, Verification = verification, Retired = retired, Summary = id };

    /// <summary>A test assembly built in memory: one class per test, tagged on the method or on the class.</summary>
    private static Assembly FakeSuite(params (string Class, string? MethodTag, string? ClassTag)[] tests)
    {
        AssemblyBuilder assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("FakeSuite"), AssemblyBuilderAccess.Run);
        ModuleBuilder module = assembly.DefineDynamicModule("FakeSuite");
        ConstructorInfo requirement = typeof(RequirementAttribute).GetConstructor([typeof(string)])!;
        ConstructorInfo test = typeof(TestAttribute).GetConstructor(Type.EmptyTypes)!;
        foreach ((string name, string? methodTag, string? classTag) in tests)
        {
            TypeBuilder type = module.DefineType("Fake." + name, TypeAttributes.Public | TypeAttributes.Sealed);
            if (classTag is not null)
            {
                type.SetCustomAttribute(new CustomAttributeBuilder(requirement, [classTag]));
            }

            MethodBuilder method = type.DefineMethod("Test", MethodAttributes.Public, typeof(void), Type.EmptyTypes);
            method.GetILGenerator().Emit(OpCodes.Ret);
            method.SetCustomAttribute(new CustomAttributeBuilder(test, []));
            if (methodTag is not null)
            {
                method.SetCustomAttribute(new CustomAttributeBuilder(requirement, [methodTag]));
            }

            type.CreateType();
        }

        return assembly;
    }
}
