namespace Conformance.Harness.Reports;

/// <summary>One Allure attachment: <c>source</c> is the file name inside the results folder.</summary>
public sealed record AllureAttachment(string Name, string Source, string Type);
