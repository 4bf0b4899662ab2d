namespace Conformance.Protocol.Data;

/// <summary>
/// One column value of a PropertyRow. In a flagged row it is a FlaggedPropertyValue ([MS-OXCDATA] 2.11.5),
/// or a FlaggedPropertyValueWithType (2.11.6) when the column's type is PtypUnspecified; in a standard row
/// it is a plain PropertyValue or TypedPropertyValue and <see cref="Flag"/> is always Available.
/// </summary>
/// <param name="Flag">Whether a value, nothing, or an error code follows.</param>
/// <param name="Type">The type on the wire: the value's type, or for a typed column the PropertyType field as sent.</param>
/// <param name="Value">The value (Available), the error code as PtypErrorCode (Error), or null (NotAvailable).</param>
public sealed record FlaggedPropertyValue(FlaggedPropertyValueFlag Flag, PropertyType Type, PropertyValue? Value)
{
    public static FlaggedPropertyValue Available(PropertyValue value) => new(FlaggedPropertyValueFlag.Available, value.Type, value);

    public static FlaggedPropertyValue NotAvailable(PropertyType type) => new(FlaggedPropertyValueFlag.NotAvailable, type, null);

    public static FlaggedPropertyValue Error(PropertyType type, uint errorCode) =>
        new(FlaggedPropertyValueFlag.Error, type, PropertyValue.ErrorCode(errorCode));
}
