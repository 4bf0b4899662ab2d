namespace Conformance.Protocol.Data;

/// <summary>Facts about property types used by the codec ([MS-OXCDATA] 2.11.1).</summary>
public static class PropertyTypes
{
    /// <summary>The multi-value flag of a property type ([MS-OXCDATA] 2.11.1: the PtypMultiple* types add 0x1000).</summary>
    public const ushort MultipleFlag = 0x1000;

    /// <summary>Whether the value is a known type; unknown types cannot be decoded.</summary>
    public static bool IsDefined(PropertyType type) => Enum.IsDefined(type);

    public static bool IsMultiple(PropertyType type) => ((ushort)type & MultipleFlag) != 0;

    /// <summary>The element type of a PtypMultiple* type.</summary>
    public static PropertyType ElementType(PropertyType type) => (PropertyType)((ushort)type & ~MultipleFlag);

    /// <summary>The encoded size of a fixed-size type, or null for variable-size types.</summary>
    public static int? FixedSize(PropertyType type) => type switch
    {
        PropertyType.PtypNull => 0,
        PropertyType.PtypBoolean => 1,
        PropertyType.PtypInteger16 => 2,
        PropertyType.PtypInteger32 or PropertyType.PtypFloating32 or PropertyType.PtypErrorCode or PropertyType.PtypObject => 4,
        PropertyType.PtypFloating64 or PropertyType.PtypCurrency or PropertyType.PtypFloatingTime
            or PropertyType.PtypInteger64 or PropertyType.PtypTime => 8,
        PropertyType.PtypGuid => 16,
        _ => null,
    };

    /// <summary>The smallest number of bytes any value of this type occupies, used to bound counts.</summary>
    public static int MinimumSize(PropertyType type, PropertyCountWidth width) => type switch
    {
        PropertyType.PtypString8 => 1,
        PropertyType.PtypString => 2,
        PropertyType.PtypBinary or PropertyType.PtypServerId => width == PropertyCountWidth.RopBuffer ? 2 : 4,
        _ when IsMultiple(type) => 4,
        _ => FixedSize(type) ?? 0,
    };
}
