namespace Conformance.Suites.OXSHARE;

/// <summary>The suite checked against the [MS-OXSHARE] catalog.</summary>
[TestFixture]
public sealed class CatalogTests : SuiteCatalogTests
{
    protected override string Document => "MS-OXSHARE";
}
