namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;

/// <summary>
/// What a response decoder needs to know beyond the bytes: the request it answers (RopGetPropertiesSpecific
/// rows follow the requested tags) and, for table rows, the columns set on the table by RopSetColumns.
/// </summary>
public sealed record RopResponseContext(RopRequest? Request, ValueArray<PropertyTag>? Columns = null)
{
    public static readonly RopResponseContext None = new(Request: null);

    /// <summary>The request as <typeparamref name="T"/>, or a typed error when the context lacks it.</summary>
    public T RequireRequest<T>(ref ProtocolReader reader, string field)
        where T : RopRequest =>
        Request as T ?? throw reader.Error(field, ProtocolErrorKind.Unsupported, $"decoding this response needs the {typeof(T).Name} it answers");

    public ValueArray<PropertyTag> RequireColumns(ref ProtocolReader reader, string field) =>
        Columns ?? throw reader.Error(field, ProtocolErrorKind.Unsupported, "decoding rows needs the table's columns (RopSetColumns)");
}
