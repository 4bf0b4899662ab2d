namespace Conformance.Harness.Reports;

/// <summary>How one test method ended in a run (the worst of its cases), as the TRX file records it.</summary>
public sealed record TestOutcome(string Test, string Outcome, string Message)
{
    /// <summary>Failed, Error, Timeout or Aborted: the test stopped on something other than a checkpoint.</summary>
    public bool Broke => Outcome is "Failed" or "Error" or "Timeout" or "Aborted";
}
