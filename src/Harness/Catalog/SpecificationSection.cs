namespace Conformance.Harness.Catalog;

/// <summary>A numbered section of a specification and the lines of its own body (not its subsections').</summary>
public sealed record SpecificationSection(string Number, string Title, IReadOnlyList<string> Lines)
{
    /// <summary>The first component of the number: 1 Introduction, 2 Messages, 3 Protocol Details, ...</summary>
    public int Chapter => int.Parse(Number.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);
}
