namespace Conformance.Harness.Reports;

/// <summary>
/// One Allure link (<c>{ "name", "url", "type" }</c>). Sections are named, not addressed: the documents'
/// pages have no URL we can derive, so the url is "#" and the type "custom".
/// </summary>
public sealed record AllureLink(string Name, string Url, string Type);
