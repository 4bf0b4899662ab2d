namespace Conformance.Harness.Traceability;

using System.Globalization;
using Conformance.Adapters;

/// <summary>
/// The ROP round trip under a checkpoint, as text a report can show: both buffers in hex, the call's
/// return code, the decoded requests and responses (one record's text each), and the codec's error
/// when the output buffer did not decode.
/// </summary>
public sealed record CheckpointExchange
{
    public string RequestHex { get; init; } = string.Empty;

    public string ResponseHex { get; init; } = string.Empty;

    /// <summary>The call-level return code in hex (0x00000000 on success).</summary>
    public string ReturnCode { get; init; } = "0x00000000";

    public IReadOnlyList<string> Requests { get; init; } = [];

    public IReadOnlyList<string> Responses { get; init; } = [];

    public string? DecodeFailure { get; init; }

    public double ElapsedMilliseconds { get; init; }

    public static CheckpointExchange From(RopExchange exchange) => new()
    {
        RequestHex = Convert.ToHexString(exchange.InputBytes),
        ResponseHex = Convert.ToHexString(exchange.Result.RopOutputBuffer),
        ReturnCode = "0x" + exchange.Result.ReturnCode.ToString("X8", CultureInfo.InvariantCulture),
        Requests = [.. exchange.Input.RopsList.Select(r => r.ToString())],
        Responses = [.. exchange.Responses.Select(r => r.ToString())],
        DecodeFailure = exchange.DecodeFailure?.Message,
        ElapsedMilliseconds = exchange.Elapsed.TotalMilliseconds,
    };
}
