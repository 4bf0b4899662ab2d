namespace Conformance.Store.Processing.Property;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Store.Objects;

/// <summary>
/// Reading property values the way the property ROPs return them: computed values before stored
/// ones, string values in the width the client asked for, and values too large for the response
/// replaced by an error ([MS-OXCPRPT] 3.2.5.1, 3.2.5.2, 2.2.3.2).
/// </summary>
internal static class PropertyValues
{
    /// <summary>
    /// The value the object has for the tag's property, computed or stored, in its own type (the tag's
    /// type only chooses between computed properties that share an ID).
    /// </summary>
    public static PropertyValue? Read(PropertyObject value, PropertyTag propertyTag) =>
        value.ComputedProperty(propertyTag) ?? value.Properties.Get(propertyTag.PropertyId);

    /// <summary>
    /// Every property the object has, stored and computed, in property ID order ([MS-OXCPRPT] 3.2.5.2,
    /// 3.2.5.3). A computed property replaces a stored one of its ID; computed properties sharing an ID
    /// (PidTagMessageSize and PidTagMessageSizeExtended) are both listed.
    /// </summary>
    public static IEnumerable<TaggedPropertyValue> All(PropertyObject value)
    {
        var all = new SortedDictionary<ushort, List<PropertyValue>>();
        foreach (TaggedPropertyValue stored in value.Properties.All)
        {
            all[stored.PropertyTag.PropertyId] = [stored.PropertyValue];
        }

        var computedIds = new HashSet<ushort>();
        foreach (PropertyTag tag in value.ComputedPropertyTags)
        {
            if (value.ComputedProperty(tag) is { } computed)
            {
                if (computedIds.Add(tag.PropertyId) || !all.TryGetValue(tag.PropertyId, out List<PropertyValue>? values))
                {
                    all[tag.PropertyId] = values = [];
                }

                values.Add(computed);
            }
        }

        return all.SelectMany(p => p.Value.Select(v => new TaggedPropertyValue(p.Key, v)));
    }

    /// <summary>
    /// <paramref name="stored"/> in the type <paramref name="requested"/> asks for: itself when the types
    /// agree; PtypUnspecified gives the stored type, with strings in Unicode or MBCS as
    /// <paramref name="wantUnicode"/> says; a request for the other string width converts ([MS-OXCPRPT]
    /// 3.2.5.1). Null when the types do not match at all.
    /// </summary>
    public static PropertyValue? AsRequested(PropertyValue stored, PropertyType requested, bool wantUnicode, Encoding codePage)
    {
        if (requested == PropertyType.PtypUnspecified)
        {
            requested = stored.Type switch
            {
                PropertyType.PtypString or PropertyType.PtypString8 => wantUnicode ? PropertyType.PtypString : PropertyType.PtypString8,
                PropertyType.PtypMultipleString or PropertyType.PtypMultipleString8 => wantUnicode ? PropertyType.PtypMultipleString : PropertyType.PtypMultipleString8,
                _ => stored.Type,
            };
        }

        return requested == stored.Type ? stored : ConvertString(stored, requested, codePage);
    }

    /// <summary>A string value in the other width, or null when either type is not a string type of the same arity.</summary>
    public static PropertyValue? ConvertString(PropertyValue value, PropertyType target, Encoding codePage) => (value, target) switch
    {
        (PropertyValue<string> { Type: PropertyType.PtypString } text, PropertyType.PtypString8) => PropertyValue.String8(ToMultibyte(text.Value, codePage)),
        (PropertyValue<string> { Type: PropertyType.PtypString8 } text, PropertyType.PtypString) => PropertyValue.String(FromMultibyte(text.Value, codePage)),
        (PropertyValue<ValueArray<string>> { Type: PropertyType.PtypMultipleString } texts, PropertyType.PtypMultipleString8) =>
            PropertyValue.Create(PropertyType.PtypMultipleString8, (ValueArray<string>)texts.Value.Select(t => ToMultibyte(t, codePage)).ToArray()),
        (PropertyValue<ValueArray<string>> { Type: PropertyType.PtypMultipleString8 } texts, PropertyType.PtypMultipleString) =>
            PropertyValue.Create(PropertyType.PtypMultipleString, (ValueArray<string>)texts.Value.Select(t => FromMultibyte(t, codePage)).ToArray()),
        _ => null,
    };

    /// <summary>The number of bytes the value takes in a ROP buffer.</summary>
    public static int EncodedSize(PropertyValue value)
    {
        using var writer = new ProtocolWriter(64);
        value.Encode(writer);
        return writer.Position;
    }

    /// <summary>
    /// Whether a value is too large to return: larger than the room left in the response, or (when the
    /// store honours it) than a nonzero PropertySizeLimit for binary, object and string values
    /// ([MS-OXCPRPT] 2.2.3.2, Appendix A note 4).
    /// </summary>
    public static bool IsTooLarge(PropertyValue value, int room, ushort propertySizeLimit, StoreOptions options)
    {
        int size = EncodedSize(value);
        if (size > room)
        {
            return true;
        }

        bool limited = value.Type is PropertyType.PtypBinary or PropertyType.PtypObject or PropertyType.PtypString or PropertyType.PtypString8;
        return options.HonorPropertySizeLimit && propertySizeLimit != 0 && limited && ContentSize(value) > propertySizeLimit;
    }

    /// <summary>The code page of MBCS strings on this object ([MS-OXCPRPT] 3.2.5.1): the logon's, as no open message records one.</summary>
    /// <summary>
    /// The code page of <paramref name="target"/>'s 8-bit strings ([MS-OXCPRPT] 3.2.5.1): a message's own
    /// CodePageId (an attachment's message's), unless it asks for the logon's (0x0FFF); else the logon's.
    /// </summary>
    public static Encoding CodePageOf(StoreOptions options, PropertyObject target)
    {
        MessageObject? message = target switch
        {
            MessageObject direct => direct,
            AttachmentObject attachment => attachment.Message,
            _ => null,
        };
        return message is { CodePageId: not MessageObject.UseLogonCodePage }
            ? CodePages.Get(message.CodePageId)
            : CodePages.Get(options.LogonCodePage);
    }

    // The size of the value itself, without the COUNT of binary values or a string's terminator.
    private static int ContentSize(PropertyValue value) => value switch
    {
        PropertyValue<ValueArray<byte>> bytes => bytes.Value.Count,
        PropertyValue<string> { Type: PropertyType.PtypString } text => text.Value.Length * 2,
        PropertyValue<string> text => text.Value.Length,
        _ => EncodedSize(value),
    };

    // PtypString8 values travel as bytes, one char per byte (the codec's Latin-1 view): converting means
    // encoding to or decoding from the code page's bytes.
    private static string ToMultibyte(string text, Encoding codePage) =>
        Encoding.Latin1.GetString(codePage.GetBytes(text.Replace("\0", string.Empty, StringComparison.Ordinal)));

    private static string FromMultibyte(string bytes, Encoding codePage) => codePage.GetString(Encoding.Latin1.GetBytes(bytes));
}

/// <summary>Code pages by number, through the code-pages provider that ships with .NET.</summary>
internal static class CodePages
{
    public static Encoding Get(int codePage)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        }
    }
}
