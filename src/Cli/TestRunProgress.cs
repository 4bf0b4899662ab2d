namespace Conformance.Cli;

using System.Text.RegularExpressions;

/// <summary>
/// Follows the console output of <c>dotnet test</c> (verbosity normal prints one line per test result) and
/// keeps the running counts for the progress display.
/// </summary>
internal sealed partial class TestRunProgress
{
    public int Passed { get; private set; }

    public int Failed { get; private set; }

    public int Skipped { get; private set; }

    public int Total => Passed + Failed + Skipped;

    /// <summary>The last test that finished, for the status line.</summary>
    public string LastTest { get; private set; } = string.Empty;

    /// <summary>The failed tests' names, in the order they failed.</summary>
    public List<string> FailedTests { get; } = [];

    /// <summary>Reads one output line; returns whether it was a test result.</summary>
    public bool Observe(string line)
    {
        Match match = ResultLine().Match(line);
        if (!match.Success)
        {
            return false;
        }

        LastTest = match.Groups[2].Value;
        switch (match.Groups[1].Value)
        {
            case "Passed":
                Passed++;
                break;
            case "Failed":
                Failed++;
                FailedTests.Add(LastTest);
                break;
            default:
                Skipped++;
                break;
        }

        return true;
    }

    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";

    [GeneratedRegex(@"^\s+(Passed|Failed|Skipped) (\S.*?)(?: \[[^\]]+\])?$")]
    private static partial Regex ResultLine();
}
