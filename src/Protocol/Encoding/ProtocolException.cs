namespace Conformance.Protocol.Encoding;

/// <summary>
/// The one exception every decoder raises on bad input, from a client or a server.
/// It names the structure, the field and the absolute byte offset where decoding stopped.
/// </summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string structure, string field, int offset, ProtocolErrorKind kind, string detail)
        : base($"{structure}.{field} at byte {offset}: {Describe(kind)}: {detail}")
    {
        Structure = structure;
        Field = field;
        Offset = offset;
        Kind = kind;
        Detail = detail;
    }

    public ProtocolException()
        : this("(unknown)", "(unknown)", 0, ProtocolErrorKind.InvalidValue, "no detail")
    {
    }

    public ProtocolException(string message)
        : this("(unknown)", "(unknown)", 0, ProtocolErrorKind.InvalidValue, message)
    {
    }

    public ProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
        Structure = "(unknown)";
        Field = "(unknown)";
        Detail = message;
        Kind = ProtocolErrorKind.InvalidValue;
    }

    /// <summary>The structure being decoded, in the specification's name (for example <c>RopLogon</c>).</summary>
    public string Structure { get; }

    /// <summary>The field being decoded, in the specification's name (for example <c>EssdnSize</c>).</summary>
    public string Field { get; }

    /// <summary>The absolute byte offset, from the start of the outermost buffer, of the field.</summary>
    public int Offset { get; }

    public ProtocolErrorKind Kind { get; }

    public string Detail { get; }

    private static string Describe(ProtocolErrorKind kind) => kind switch
    {
        ProtocolErrorKind.Truncated => "truncated",
        ProtocolErrorKind.CountTooLarge => "count too large",
        ProtocolErrorKind.InvalidValue => "invalid value",
        ProtocolErrorKind.TrailingBytes => "trailing bytes",
        ProtocolErrorKind.Unsupported => "unsupported",
        _ => kind.ToString(),
    };
}
