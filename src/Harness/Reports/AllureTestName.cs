namespace Conformance.Harness.Reports;

using Conformance.Harness.Traceability;

/// <summary>
/// The test a checkpoint belongs to in Allure. A test checkpoint belongs to its NUnit test
/// (Namespace.Class.Method(args)); an adapter checkpoint has no test, so it goes to a pseudo-test per ROP
/// when a <see cref="NormativeChecks"/> check names one ("adapter: RopGetPropertiesSpecific"), else per
/// requirement ("adapter: MS-OXCPRPT-R0049"): passing adapter checkpoints carry no exchange, so the ROP
/// cannot be read from the traffic without splitting one requirement over two pseudo-tests.
/// </summary>
public sealed record AllureTestName(string FullName, string Name, string Namespace, string Class, bool IsAdapter)
{
    public const string AdapterPrefix = "adapter: ";

    private static readonly Dictionary<string, string> RopOfCheck =
        NormativeChecks.All.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Rop.ToString(), StringComparer.Ordinal);

    /// <summary>The ROP of an adapter checkpoint's requirement when a normative check names it.</summary>
    public static string? RopOf(string requirementId) => RopOfCheck.TryGetValue(requirementId, out string? rop) ? rop : null;

    public static AllureTestName Of(Checkpoint checkpoint)
    {
        if (checkpoint.Source == CheckpointSource.Adapter || string.IsNullOrWhiteSpace(checkpoint.Test))
        {
            string group = AdapterPrefix + (RopOf(checkpoint.RequirementId) ?? checkpoint.RequirementId);
            return new AllureTestName(group, group, "adapter", "adapter", true);
        }

        // Arguments may hold dots ("M(1.5)"), so the class is cut before them.
        string fullName = checkpoint.Test;
        int arguments = fullName.IndexOf('(', StringComparison.Ordinal);
        string path = arguments < 0 ? fullName : fullName[..arguments];
        int method = path.LastIndexOf('.');
        string type = method < 0 ? path : path[..method];
        int className = type.LastIndexOf('.');
        return new AllureTestName(
            fullName,
            method < 0 ? fullName : fullName[(method + 1)..],
            className < 0 ? string.Empty : type[..className],
            className < 0 ? type : type[(className + 1)..],
            false);
    }
}
