namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;

/// <summary>
/// A ROP the caller needed to succeed answered with an error ReturnValue (or with a response of another
/// layout). It carries the exchange, so a test failing on it shows the bytes.
/// </summary>
public sealed class RopFailedException : Exception
{
    public RopFailedException(RopId ropId, uint returnValue, RopExchange exchange)
        : base($"{ropId} failed with {ErrorCodes.Describe(returnValue)}")
    {
        RopId = ropId;
        ReturnValue = returnValue;
        Exchange = exchange;
    }

    public RopFailedException(RopId ropId, string message, RopExchange exchange)
        : base($"{ropId}: {message}")
    {
        RopId = ropId;
        Exchange = exchange;
    }

    public RopId RopId { get; }

    /// <summary>The ReturnValue of the response, or 0 when the response had an unexpected layout.</summary>
    public uint ReturnValue { get; }

    public RopExchange Exchange { get; }
}
