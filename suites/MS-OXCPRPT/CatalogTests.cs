namespace Conformance.Suites.OXCPRPT;

/// <summary>The suite checked against the [MS-OXCPRPT] catalog.</summary>
[TestFixture]
public sealed class CatalogTests : SuiteCatalogTests
{
    protected override string Document => "MS-OXCPRPT";
}
