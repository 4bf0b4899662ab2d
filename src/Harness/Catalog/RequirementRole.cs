namespace Conformance.Harness.Catalog;

using System.Text.Json.Serialization;

/// <summary>Whose behaviour a statement constrains.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequirementRole>))]
public enum RequirementRole
{
    Server,
    Client,
    Both,
}
