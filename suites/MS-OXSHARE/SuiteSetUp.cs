namespace Conformance.Suites.OXSHARE;

/// <summary>Builds the configured target once for this suite and records its checkpoints.</summary>
[SetUpFixture]
public sealed class SuiteSetUp : SuiteSetUpFixture
{
}
