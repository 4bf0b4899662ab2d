namespace Conformance.Suites.OXSHARE.Validation;

/// <summary>Whether a requirement held on a message, or does not concern it (for example a rule of sharing invitations on a request).</summary>
public enum FindingOutcome
{
    Held,
    NotHeld,
    NotApplicable,
}

/// <summary>The verdict of one [MS-OXSHARE] requirement on one message: what the specification asks and what the message holds.</summary>
public sealed record SharingFinding(string RequirementId, FindingOutcome Outcome, string Expected, string Actual, string Detail)
{
    public bool Applies => Outcome != FindingOutcome.NotApplicable;

    public bool Held => Outcome == FindingOutcome.Held;

    public override string ToString() => $"{RequirementId} {Outcome}: expected {Expected}, actual {Actual} ({Detail})";
}

/// <summary>The findings of a validation, one per requirement ID of [MS-OXSHARE] section 2.2 that the validator judges.</summary>
public sealed class SharingValidationReport(IReadOnlyList<SharingFinding> findings)
{
    public IReadOnlyList<SharingFinding> Findings { get; } = findings;

    public SharingFinding this[string requirementId] => Findings.Single(f => f.RequirementId == requirementId);

    /// <summary>The findings that concern the message.</summary>
    public IEnumerable<SharingFinding> Applicable => Findings.Where(f => f.Applies);

    public override string ToString() => string.Join(Environment.NewLine, Findings);
}
