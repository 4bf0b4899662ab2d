namespace Conformance.Harness.Reports;

/// <summary>Allure's <c>statusDetails</c>: the message the categories match, and the detail shown under it.</summary>
public sealed record AllureStatusDetails(string Message, string? Trace = null);
