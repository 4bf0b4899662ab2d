namespace Conformance.Adapters;

/// <summary>
/// The settings of a run, bound from <c>conformance.json</c>, environment variables
/// (<c>CONFORMANCE_</c> prefix, <c>__</c> for nesting) and TestRunParameters, in rising precedence.
/// </summary>
public sealed class ConformanceSettings
{
    /// <summary>The name of the target to run against: a key of <see cref="Targets"/>.</summary>
    public string Target { get; set; } = "inproc";

    public Dictionary<string, TargetSettings> Targets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<UserSettings> Users { get; set; } = [];

    /// <summary>
    /// A folder to capture every ROP exchange of the run into (<c>&lt;folder&gt;/&lt;target&gt;/&lt;test full name&gt;.jsonl</c>),
    /// relative to the repository root; null (the default) captures nothing.
    /// </summary>
    public string? Capture { get; set; }

    /// <summary>The settings of the selected target; an unknown name is a configuration error.</summary>
    public TargetSettings SelectedTarget =>
        Targets.TryGetValue(Target, out TargetSettings? settings)
            ? settings
            : throw new InvalidOperationException($"target '{Target}' is not configured; configured: {string.Join(", ", Targets.Keys)}");
}
