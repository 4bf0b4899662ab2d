namespace Conformance.Harness.Traceability;

using Conformance.Adapters;

/// <summary>
/// The run-wide checkpoint entry for suites: <c>Requirements.Check("MS-OXCPRPT-R0111", ...)</c>. By default it
/// uses the repository's catalogs and appends to <see cref="HarnessPaths.CheckpointFile"/>; a run (or a test
/// of the harness) can install its own checker with <see cref="Use"/>.
/// </summary>
public static class Requirements
{
    private static readonly Lock Gate = new();
    private static RequirementChecker? current;

    /// <summary>The checker in use, created on first use from the repository's catalogs and results folder.</summary>
    public static RequirementChecker Current
    {
        get
        {
            lock (Gate)
            {
                return current ??= new RequirementChecker(new CheckpointRecorder(
                    RequirementIndex.Load(HarnessPaths.CatalogDirectory()),
                    new CheckpointSink(HarnessPaths.CheckpointFile())));
            }
        }
    }

    /// <summary>Installs <paramref name="checker"/> for the rest of the run.</summary>
    public static void Use(RequirementChecker checker)
    {
        lock (Gate)
        {
            current = checker;
        }
    }

    /// <inheritdoc cref="RequirementChecker.Check"/>
    public static Checkpoint Check(string id, bool held, object? expected, object? actual, string message = "", RopExchange? exchange = null) =>
        Current.Check(id, held, expected, actual, message, exchange);

    /// <inheritdoc cref="RequirementChecker.CheckEqual"/>
    public static Checkpoint CheckEqual<T>(string id, T expected, T actual, string message = "", RopExchange? exchange = null) =>
        Current.CheckEqual(id, expected, actual, message, exchange);
}
