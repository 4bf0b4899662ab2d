namespace Conformance.Harness.Reports;

/// <summary>One Allure label (<c>{ "name", "value" }</c>): epic, feature, story, suite, requirement, severity...</summary>
public sealed record AllureLabel(string Name, string Value);
