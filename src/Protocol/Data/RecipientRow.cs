namespace Conformance.Protocol.Data;

using Conformance.Protocol.Encoding;

/// <summary>
/// One recipient of a message ([MS-OXCDATA] 2.8.3.2). <see cref="RecipientFlags"/> decides which of the
/// optional fields are on the wire: AddressPrefixUsed, DisplayType and X500DN for Type X500DN; EntryId
/// and SearchKey for the personal distribution list types; AddressType for NoType with the O bit; and the
/// E, D, I and T bits for the four strings, which are UTF-16LE when U is set and 8-bit otherwise.
/// Absent fields are null. The properties answer the first RecipientColumnCount recipient columns.
/// </summary>
public sealed record RecipientRow
{
    public RecipientFlags RecipientFlags { get; init; }

    public byte? AddressPrefixUsed { get; init; }

    public byte? DisplayType { get; init; }

    public string? X500DN { get; init; }

    public ValueArray<byte>? EntryId { get; init; }

    public ValueArray<byte>? SearchKey { get; init; }

    public string? AddressType { get; init; }

    public string? EmailAddress { get; init; }

    public string? DisplayName { get; init; }

    public string? SimpleDisplayName { get; init; }

    public string? TransmittableDisplayName { get; init; }

    /// <summary>The values of the first RecipientColumnCount columns; its length is RecipientColumnCount.</summary>
    public required PropertyRow RecipientProperties { get; init; }

    public RecipientRowType Type => (RecipientRowType)(RecipientFlags & RecipientFlags.TypeMask);

    public int RecipientColumnCount => RecipientProperties.ValueArray.Count;

    /// <summary>RecipientFlags, RecipientColumnCount and the PropertyRow Flag.</summary>
    public const int MinimumSize = 5;

    private bool Has(RecipientFlags bit) => (RecipientFlags & bit) != 0;

    private static bool IsDistributionList(RecipientRowType type) =>
        type is RecipientRowType.PersonalDistributionList1 or RecipientRowType.PersonalDistributionList2;

    /// <param name="columns">The RecipientColumns of the enclosing response ([MS-OXCROPS] 2.2.6.1.2).</param>
    public static RecipientRow Decode(ref ProtocolReader reader, ValueArray<PropertyTag> columns)
    {
        string outer = reader.Enter(nameof(RecipientRow));
        var flags = (RecipientFlags)reader.ReadUInt16(nameof(RecipientFlags));
        var type = (RecipientRowType)(flags & RecipientFlags.TypeMask);
        bool unicode = (flags & RecipientFlags.U) != 0;

        byte? prefix = null;
        byte? displayType = null;
        string? x500 = null;
        ValueArray<byte>? entryId = null;
        ValueArray<byte>? searchKey = null;
        string? addressType = null;
        if (type == RecipientRowType.X500DN)
        {
            prefix = reader.ReadByte(nameof(AddressPrefixUsed));
            displayType = reader.ReadByte(nameof(DisplayType));
            x500 = reader.ReadAsciiString(nameof(X500DN));
        }
        else if (IsDistributionList(type))
        {
            entryId = reader.ReadBytes(reader.ReadCount16("EntryIdSize", 1), nameof(EntryId));
            searchKey = reader.ReadBytes(reader.ReadCount16("SearchKeySize", 1), nameof(SearchKey));
        }
        else if (type == RecipientRowType.NoType && (flags & RecipientFlags.O) != 0)
        {
            addressType = reader.ReadAsciiString(nameof(AddressType));
        }

        string? email = (flags & RecipientFlags.E) != 0 ? ReadString(ref reader, unicode, nameof(EmailAddress)) : null;
        string? display = (flags & RecipientFlags.D) != 0 ? ReadString(ref reader, unicode, nameof(DisplayName)) : null;
        string? simple = (flags & RecipientFlags.I) != 0 ? ReadString(ref reader, unicode, nameof(SimpleDisplayName)) : null;
        string? transmittable = (flags & RecipientFlags.T) != 0 ? ReadString(ref reader, unicode, nameof(TransmittableDisplayName)) : null;

        int countAt = reader.Offset;
        ushort columnCount = reader.ReadUInt16(nameof(RecipientColumnCount));
        if (columnCount > columns.Count)
        {
            throw reader.ErrorAt(countAt, nameof(RecipientColumnCount), ProtocolErrorKind.InvalidValue, $"{columnCount} columns, but the response declares {columns.Count} recipient columns");
        }

        PropertyRow properties = PropertyRow.Decode(ref reader, new ValueArray<PropertyTag>(columns.AsSpan()[..columnCount].ToArray()));
        reader.Leave(outer);
        return new RecipientRow
        {
            RecipientFlags = flags,
            AddressPrefixUsed = prefix,
            DisplayType = displayType,
            X500DN = x500,
            EntryId = entryId,
            SearchKey = searchKey,
            AddressType = addressType,
            EmailAddress = email,
            DisplayName = display,
            SimpleDisplayName = simple,
            TransmittableDisplayName = transmittable,
            RecipientProperties = properties,
        };
    }

    private static string ReadString(ref ProtocolReader reader, bool unicode, string field) =>
        unicode ? reader.ReadUnicodeString(field) : reader.ReadString8(field);

    public void Encode(ProtocolWriter writer, ValueArray<PropertyTag> columns)
    {
        RecipientRowType type = Type;
        Require(type == RecipientRowType.X500DN, AddressPrefixUsed is not null && DisplayType is not null && X500DN is not null, AddressPrefixUsed is null && DisplayType is null && X500DN is null, "AddressPrefixUsed, DisplayType and X500DN");
        Require(IsDistributionList(type), EntryId is not null && SearchKey is not null, EntryId is null && SearchKey is null, "EntryId and SearchKey");
        Require(type == RecipientRowType.NoType && Has(RecipientFlags.O), AddressType is not null, AddressType is null, "AddressType");
        Require(Has(RecipientFlags.E), EmailAddress is not null, EmailAddress is null, "EmailAddress");
        Require(Has(RecipientFlags.D), DisplayName is not null, DisplayName is null, "DisplayName");
        Require(Has(RecipientFlags.I), SimpleDisplayName is not null, SimpleDisplayName is null, "SimpleDisplayName");
        Require(Has(RecipientFlags.T), TransmittableDisplayName is not null, TransmittableDisplayName is null, "TransmittableDisplayName");
        if (RecipientColumnCount > columns.Count)
        {
            throw new InvalidOperationException($"{RecipientColumnCount} recipient properties for {columns.Count} columns");
        }

        writer.WriteUInt16((ushort)RecipientFlags);
        if (type == RecipientRowType.X500DN)
        {
            writer.WriteByte(AddressPrefixUsed!.Value);
            writer.WriteByte(DisplayType!.Value);
            writer.WriteString8(X500DN!);
        }
        else if (IsDistributionList(type))
        {
            writer.WriteCount16(EntryId!.Value.Count, "EntryIdSize");
            writer.WriteBytes(EntryId.Value.AsSpan());
            writer.WriteCount16(SearchKey!.Value.Count, "SearchKeySize");
            writer.WriteBytes(SearchKey.Value.AsSpan());
        }
        else if (AddressType is not null)
        {
            writer.WriteString8(AddressType);
        }

        bool unicode = Has(RecipientFlags.U);
        WriteString(writer, unicode, EmailAddress);
        WriteString(writer, unicode, DisplayName);
        WriteString(writer, unicode, SimpleDisplayName);
        WriteString(writer, unicode, TransmittableDisplayName);
        writer.WriteUInt16((ushort)RecipientColumnCount);
        RecipientProperties.Encode(writer, new ValueArray<PropertyTag>(columns.AsSpan()[..RecipientColumnCount].ToArray()));
    }

    private static void Require(bool present, bool whenPresent, bool whenAbsent, string fields)
    {
        if (present ? !whenPresent : !whenAbsent)
        {
            throw new InvalidOperationException($"RecipientFlags {(present ? "call for" : "rule out")} {fields}, and the row disagrees");
        }
    }

    private static void WriteString(ProtocolWriter writer, bool unicode, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (unicode)
        {
            writer.WriteUnicodeString(value);
        }
        else
        {
            writer.WriteString8(value);
        }
    }
}
