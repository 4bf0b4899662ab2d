namespace Conformance.Harness.Profiles;

/// <summary>One line of a profile: an entry ID, what the target is expected to do, and why (a product note, a store option).</summary>
public sealed record ProfileEntry
{
    public string Id { get; init; } = string.Empty;

    public ProfileExpectation Expectation { get; init; }

    public string Reason { get; init; } = string.Empty;
}
