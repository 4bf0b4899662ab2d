namespace Conformance.Harness.Traceability;

/// <summary>A requirement ID that no catalog holds (or that is retired): a mistake in the test, reported at the call.</summary>
public sealed class UnknownRequirementException : Exception
{
    public UnknownRequirementException()
        : base("unknown requirement")
    {
    }

    public UnknownRequirementException(string message)
        : base(message)
    {
    }

    public UnknownRequirementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
