namespace Conformance.Suites.OXCSTOR;

/// <summary>The suite checked against the [MS-OXCSTOR] catalog.</summary>
[TestFixture]
public sealed class CatalogTests : SuiteCatalogTests
{
    protected override string Document => "MS-OXCSTOR";
}
