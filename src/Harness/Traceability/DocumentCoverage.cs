namespace Conformance.Harness.Traceability;

/// <summary>For one document: how many server MUST/SHOULD entries of verification Test have at least one tagged test.</summary>
public sealed record DocumentCoverage(string Document, int Covered, int Total)
{
    public double Fraction => Total == 0 ? 1 : (double)Covered / Total;

    public override string ToString() =>
        $"{Document}: {Covered} of {Total} server MUST/SHOULD requirements (verification Test) have a tagged test ({Fraction:P0})";
}
