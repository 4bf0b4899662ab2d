namespace Conformance.Fuzz.Afl;

using Conformance.Fuzz.Afl.Targets;

/// <summary>What <c>conformance fuzz run</c> was asked for.</summary>
/// <param name="RepositoryRoot">Where fuzz/seeds, fuzz/dictionaries and fuzz/regressions live.</param>
/// <param name="Captures">A capture folder whose recorded ROP input buffers (requestHex) seed the corpus, if any.</param>
/// <param name="Supervise">Run the target in a restartable worker (survives hangs and stack overflows; slower).</param>
public sealed record AflRunOptions(
    IFuzzTarget Target,
    TimeSpan Duration,
    string OutputFolder,
    string RepositoryRoot,
    bool Resume,
    bool Supervise,
    int TimeoutMilliseconds,
    string? Captures);
