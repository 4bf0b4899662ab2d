namespace Conformance.Store.Processing;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Model;

/// <summary>
/// The recipients of a message as the RopOpenMessage response carries them ([MS-OXCROPS] 2.2.6.1.2,
/// [MS-OXCDATA] 2.8.3.2): the columns are every property some recipient has, besides the ones the fixed
/// fields of RecipientRow carry; each row gives the address fields and a PropertyRow of those columns.
/// </summary>
internal static class RecipientRows
{
    // Carried by RecipientRow's own fields (or the OpenRecipientRow's RecipientType) rather than as columns.
    private static readonly HashSet<ushort> FixedFields =
    [
        SupportPropertyIds.RecipientType, PropertyIds.DisplayName, SupportPropertyIds.AddressType, SupportPropertyIds.EmailAddress,
    ];

    /// <summary>The recipient columns: the other properties of the recipients, by first appearance.</summary>
    public static ValueArray<PropertyTag> Columns(IEnumerable<RecipientRecord> recipients)
    {
        var columns = new List<PropertyTag>();
        var seen = new HashSet<ushort>();
        foreach (RecipientRecord recipient in recipients)
        {
            foreach (TaggedPropertyValue value in recipient.Properties.All)
            {
                if (!FixedFields.Contains(value.PropertyTag.PropertyId) && seen.Add(value.PropertyTag.PropertyId))
                {
                    columns.Add(value.PropertyTag);
                }
            }
        }

        return columns.ToArray();
    }

    /// <summary>One recipient: Unicode strings; X500DN for EX addresses, SMTP for SMTP ones, else a named address type.</summary>
    public static OpenRecipientRow Row(RecipientRecord recipient, ValueArray<PropertyTag> columns, bool missingIsNotFoundError, Encoding codePage)
    {
        PropertyBag properties = recipient.Properties;
        string? displayName = properties.GetValue<string>(PropertyIds.DisplayName);
        string? addressType = properties.GetValue<string>(SupportPropertyIds.AddressType);
        string? email = properties.GetValue<string>(SupportPropertyIds.EmailAddress);
        bool x500 = string.Equals(addressType, "EX", StringComparison.OrdinalIgnoreCase) && email is not null;
        bool smtp = string.Equals(addressType, "SMTP", StringComparison.OrdinalIgnoreCase);
        RecipientFlags flags = RecipientFlags.U
            | (x500 ? (RecipientFlags)RecipientRowType.X500DN : smtp ? (RecipientFlags)RecipientRowType.Smtp : RecipientFlags.None)
            | (!x500 && !smtp && addressType is not null ? RecipientFlags.O : RecipientFlags.None)
            | (!x500 && email is not null ? RecipientFlags.E : RecipientFlags.None)
            | (displayName is not null ? RecipientFlags.D | RecipientFlags.S : RecipientFlags.None);
        return new OpenRecipientRow
        {
            RecipientType = (byte)properties.GetValue<int>(SupportPropertyIds.RecipientType),
            CodePageId = 0x04B0,
            Reserved = 0,
            RecipientRow = new RecipientRow
            {
                RecipientFlags = flags,
                AddressPrefixUsed = x500 ? (byte)0 : null,
                DisplayType = x500 ? (byte)0 : null,
                X500DN = x500 ? email : null,
                AddressType = (flags & RecipientFlags.O) != 0 ? addressType : null,
                EmailAddress = (flags & RecipientFlags.E) != 0 ? email : null,
                DisplayName = displayName,
                RecipientProperties = TableRows.Encode(properties, columns, missingIsNotFoundError, codePage),
            },
        };
    }
}
