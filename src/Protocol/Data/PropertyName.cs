namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>The name of a named property: a property set GUID and a LID or a string ([MS-OXCDATA] 2.6.1).</summary>
public sealed record PropertyName(PropertyNameKind Kind, Guid Guid, uint? Lid, string? Name)
{
    /// <summary>PS_MAPI ([MS-OXPROPS] 1.3.2): names in this set map to property ID = LID.</summary>
    public static readonly Guid PsMapi = new("00020328-0000-0000-C000-000000000046");

    /// <summary>PS_PUBLIC_STRINGS ([MS-OXPROPS] 1.3.2).</summary>
    public static readonly Guid PsPublicStrings = new("00020329-0000-0000-C000-000000000046");

    public static PropertyName FromLid(Guid guid, uint lid) => new(PropertyNameKind.Lid, guid, lid, null);

    public static PropertyName FromName(Guid guid, string name) => new(PropertyNameKind.Name, guid, null, name);

    public static PropertyName NoName(Guid guid) => new(PropertyNameKind.None, guid, null, null);

    public static PropertyName Decode(ref ProtocolReader reader)
    {
        string outer = reader.Enter(nameof(PropertyName));
        int at = reader.Offset;
        byte kind = reader.ReadByte("Kind");
        if (kind is not ((byte)PropertyNameKind.Lid or (byte)PropertyNameKind.Name or (byte)PropertyNameKind.None))
        {
            throw reader.ErrorAt(at, "Kind", ProtocolErrorKind.InvalidValue, $"Kind must be 0x00, 0x01 or 0xFF, got 0x{kind:X2}");
        }

        Guid guid = reader.ReadGuid("GUID");
        PropertyName name;
        switch (kind)
        {
            case (byte)PropertyNameKind.Lid:
                name = FromLid(guid, reader.ReadUInt32("LID"));
                break;
            case (byte)PropertyNameKind.Name:
                // NameSize counts the bytes of Name including its two-byte terminator (see [MS-OXCPRPT] 4.1).
                int sizeAt = reader.Offset;
                byte size = reader.ReadByte("NameSize");
                if (size < 2 || size % 2 != 0)
                {
                    throw reader.ErrorAt(sizeAt, "NameSize", ProtocolErrorKind.InvalidValue, $"NameSize {size} is not an even count that holds the terminator");
                }

                int nameAt = reader.Offset;
                ProtocolReader nameReader = reader.Slice(size, "Name");
                string text = nameReader.ReadUnicodeString("Name");
                if (!nameReader.End)
                {
                    throw reader.ErrorAt(nameAt, "Name", ProtocolErrorKind.InvalidValue, "terminator found before the end of NameSize bytes");
                }

                name = FromName(guid, text);
                break;
            default:
                name = NoName(guid);
                break;
        }

        reader.Leave(outer);
        return name;
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteByte((byte)Kind);
        writer.WriteGuid(Guid);
        switch (Kind)
        {
            case PropertyNameKind.Lid:
                writer.WriteUInt32(Lid ?? throw new InvalidOperationException("MNID_ID name without a LID"));
                break;
            case PropertyNameKind.Name:
                string text = Name ?? throw new InvalidOperationException("MNID_STRING name without a Name");
                int size = (text.Length + 1) * 2;
                if (size > byte.MaxValue)
                {
                    throw new InvalidOperationException($"Name of {text.Length} characters does not fit the one-byte NameSize");
                }

                writer.WriteByte((byte)size);
                writer.WriteUnicodeString(text);
                break;
            case PropertyNameKind.None:
                break;
            default:
                throw new InvalidOperationException($"unknown Kind {Kind}");
        }
    }

    /// <summary>The smallest encoding: Kind and GUID.</summary>
    public const int MinimumSize = 17;
}
