namespace Conformance.Adapters.Capture;

/// <summary>
/// A target whose behaviour depends on the test being run: a replay target reading a folder of captures answers
/// each test from that test's own capture file. The suites ask for the test's view before connecting.
/// </summary>
public interface ITestScopedTarget
{
    /// <summary>The target as <paramref name="testFullName"/> sees it (not owned by the caller's run: dispose it when the test ends).</summary>
    ITarget ForTest(string testFullName);
}
