namespace Conformance.Suites;

/// <summary>
/// Starts and ends the run of a suite assembly. Each suite derives one <c>[SetUpFixture]</c> from it in its
/// root namespace, so the target is built once per assembly and disposed after the last test.
/// </summary>
public abstract class SuiteSetUpFixture
{
    [OneTimeSetUp]
    public void StartRun() => SuiteRun.Start(GetType().Assembly);

    [OneTimeTearDown]
    public Task EndRunAsync() => SuiteRun.StopAsync();
}
