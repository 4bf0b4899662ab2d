namespace Conformance.Adapters;

/// <summary>One configured target.</summary>
public sealed class TargetSettings
{
    /// <summary>How to reach it: <c>inproc</c> (the embedded store) or <c>mapihttp</c> (a live server).</summary>
    public string Kind { get; set; } = "inproc";

    /// <summary>The implementation profile that says which SHOULD/MAY behaviours the target claims.</summary>
    public string Profile { get; set; } = "reference";

    /// <summary>The MAPI over HTTP mailbox endpoint, for live targets.</summary>
    public string? Url { get; set; }

    /// <summary>Kind-specific options (for the in-process store: its behaviour choices).</summary>
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
