namespace Conformance.Harness.Catalog;

using System.Text.Json.Serialization;

/// <summary>The RFC 2119 strength of a statement, as the specifications use them ([MS-OXCPRPT] 1.1 conventions).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequirementLevel>))]
public enum RequirementLevel
{
    Must,
    MustNot,
    Should,
    ShouldNot,
    May,
}
