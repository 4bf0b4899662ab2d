namespace Conformance.Adapters;

/// <summary>
/// A test needs something the target cannot do (for example provoke a mailbox state on a live server).
/// The harness reports such a test Inconclusive with <see cref="Exception.Message"/> as the reason, not failed.
/// </summary>
public sealed class TargetCapabilityException : Exception
{
    public TargetCapabilityException()
        : this("the target lacks a capability the test needs")
    {
    }

    public TargetCapabilityException(string message)
        : base(message)
    {
    }

    public TargetCapabilityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
