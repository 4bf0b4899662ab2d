namespace Conformance.Harness.Catalog;

using System.Text.Json.Serialization;

/// <summary>What kind of source text a statement comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatementKind>))]
public enum StatementKind
{
    /// <summary>A sentence (or table row) of a normative section with an RFC 2119 keyword in capitals.</summary>
    Normative,

    /// <summary>A field definition of a ROP buffer in section 2.2, which the codec must honour.</summary>
    Layout,
}
