namespace Conformance.Harness.Reports;

/// <summary>One entry of Allure's categories.json: results of these statuses whose message matches the regex.</summary>
public sealed record AllureCategory(string Name, IReadOnlyList<string> MatchedStatuses, string MessageRegex);
