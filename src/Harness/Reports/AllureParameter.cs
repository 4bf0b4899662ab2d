namespace Conformance.Harness.Reports;

/// <summary>One Allure parameter (<c>{ "name", "value" }</c>) of a test or a step.</summary>
public sealed record AllureParameter(string Name, string Value);
