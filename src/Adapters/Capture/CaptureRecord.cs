namespace Conformance.Adapters.Capture;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// One ROP exchange of a capture file (JSON Lines, one object per line, camelCase): the session it belongs to
/// (the user's name and the session's number within the capture, from 1 in connection order), its sequence
/// number within the session (from 1), when it started and how long it took, the ROP input and output buffers
/// in hex with the call-level return code, the decoded requests and responses as text, and the codec's error
/// when a buffer did not decode. Only ROP bytes are kept: no password, header or cookie can reach a capture.
/// </summary>
public sealed record CaptureRecord
{
    /// <summary>The serializer settings of capture lines: camelCase, no indentation (one object per line).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    /// <summary>The name of the user the session was opened as (never the password).</summary>
    public string User { get; init; } = string.Empty;

    /// <summary>The session's number within the capture, from 1, in the order sessions were opened.</summary>
    public int Session { get; init; }

    /// <summary>The exchange's number within its session, from 1.</summary>
    public int Sequence { get; init; }

    public DateTimeOffset Time { get; init; }

    public double ElapsedMilliseconds { get; init; }

    /// <summary>The output size the client offered (pcbOut / MaxRopOut); the server's answer depends on it.</summary>
    public int MaximumOutputSize { get; init; }

    /// <summary>The ROP input buffer, hex.</summary>
    public string RequestHex { get; init; } = string.Empty;

    /// <summary>The ROP output buffer, hex; empty when the call failed.</summary>
    public string ResponseHex { get; init; } = string.Empty;

    /// <summary>The call-level return code in hex (0x00000000 on success).</summary>
    public string ReturnCode { get; init; } = "0x00000000";

    public IReadOnlyList<string> Requests { get; init; } = [];

    public IReadOnlyList<string> Responses { get; init; } = [];

    /// <summary>The codec's error when the input or the output buffer did not decode; null otherwise.</summary>
    public string? DecodeFailure { get; init; }
}
