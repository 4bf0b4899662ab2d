namespace Conformance.Suites.OXSHARE.Validation;

using System.Globalization;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using P = SharingProperties;

/// <summary>
/// Checks a message against every rule of [MS-OXSHARE] section 2.2 that the catalog verifies by test and
/// returns one finding per requirement ID. The core (<see cref="Validate"/>) is pure: it takes the message's
/// properties by canonical name. <see cref="ReadAsync"/> reads them from any open message through ROPs, so a
/// message a live mailbox already holds can be judged as well as one a test created.
/// </summary>
public static class SharingMessageValidator
{
    // [MS-OXSHARE] 2.2.2.5: the flavors.
    public const int InvitationForSpecialFolder = 0x00020310;
    public const int InvitationForOtherFolder = 0x00000310;
    public const int RequestForSpecialFolder = 0x00020500;
    public const int InvitationAndRequest = 0x00020710;
    public const int DenyResponse = 0x00025100;
    public const int AcceptResponse = 0x00023310;

    // [MS-OXSHARE] 2.2.2.1: the capabilities.
    public const int SpecialFolderCapabilities = 0x00040290;
    public const int OtherFolderCapabilities = 0x000402B0;

    // [MS-OXSHARE] 2.2.4.2: the response types.
    public const int Accepted = 0x00000001;
    public const int Denied = 0x00000002;

    /// <summary>[MS-OXSHARE] 2.2.5.1.</summary>
    public const string SharingContentClass = "Sharing";

    /// <summary>[MS-OXSHARE] 2.2.5.2: the class, or the start of one.</summary>
    public const string SharingMessageClass = "IPM.Sharing";

    /// <summary>
    /// [MS-OXSHARE] 2.2.2.12: the provider GUID bytes, 16 of them (the seed's conversion drops one 00; the
    /// 32-digit string of 2.2.2.13 and [MS-OXSHARE] 4.1 has all 16).
    /// </summary>
    public static readonly byte[] ProviderGuidBytes = [0xAE, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

    /// <summary>[MS-OXSHARE] 2.2.2.13.</summary>
    public const string ProviderGuidString = "AEF0060000000000C000000000000046";

    /// <summary>[MS-OXSHARE] 2.2.2.5.</summary>
    public static readonly IReadOnlyList<int> Flavors = [InvitationForSpecialFolder, InvitationForOtherFolder, RequestForSpecialFolder, InvitationAndRequest, DenyResponse, AcceptResponse];

    /// <summary>[MS-OXSHARE] 2.2.2.10: the folder types.</summary>
    public static readonly IReadOnlyList<string> LocalTypes = ["IPF.Appointment", "IPF.Contact", "IPF.Task", "IPF.StickyNote", "IPF.Journal"];

    /// <summary>The requirement IDs the validator judges, in the order of the findings (MS-OXSHARE-R0001 last: it sums up the others).</summary>
    public static readonly IReadOnlyList<string> RequirementIds =
    [
        "MS-OXSHARE-R0002", "MS-OXSHARE-R0003", "MS-OXSHARE-R0004", "MS-OXSHARE-R0005", "MS-OXSHARE-R0006", "MS-OXSHARE-R0007",
        "MS-OXSHARE-R0012", "MS-OXSHARE-R0013", "MS-OXSHARE-R0014", "MS-OXSHARE-R0015", "MS-OXSHARE-R0017", "MS-OXSHARE-R0020",
        "MS-OXSHARE-R0022", "MS-OXSHARE-R0024", "MS-OXSHARE-R0025", "MS-OXSHARE-R0026", "MS-OXSHARE-R0027", "MS-OXSHARE-R0028",
        "MS-OXSHARE-R0030", "MS-OXSHARE-R0032", "MS-OXSHARE-R0033", "MS-OXSHARE-R0034", "MS-OXSHARE-R0035", "MS-OXSHARE-R0036",
        "MS-OXSHARE-R0037", "MS-OXSHARE-R0038", "MS-OXSHARE-R0001",
    ];

    // The SHOULD NOT rules, left out of the MS-OXSHARE-R0001 summary of MUST rules.
    private static readonly HashSet<string> Recommendations = ["MS-OXSHARE-R0022", "MS-OXSHARE-R0038"];

    /// <summary>Reads the properties of the message open at <paramref name="message"/> and validates them.</summary>
    public static async Task<SharingValidationReport> ValidateAsync(MailboxClient client, byte message, SharingValidationContext? context = null) =>
        Validate(await ReadAsync(client, message).ConfigureAwait(false), context);

    /// <summary>
    /// The section 2.2 properties of the message open at <paramref name="message"/>, by canonical name: the
    /// named properties are resolved without creating names (a name the mailbox does not know is on no
    /// message), then RopGetPropertiesAll returns every value in its stored type; a value too large for it
    /// ([MS-OXCPRPT] 3.2.5.2) is read again with RopGetPropertiesSpecific.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, PropertyValue>> ReadAsync(MailboxClient client, byte message)
    {
        ArgumentNullException.ThrowIfNull(client);
        SharingProperty[] named = [.. P.All.Where(p => p.IsNamed)];
        var request = new RopGetPropertyIdsFromNamesRequest
        {
            InputHandleIndex = message,
            Flags = GetPropertyIdsFromNamesFlags.None,
            PropertyNames = named.Select(p => p.Named!).ToArray(),
        };
        ValueArray<ushort> ids = await client.RunAsync(request).ConfigureAwait(false) switch
        {
            // ErrorsReturned: some names are unknown to this mailbox; their IDs are 0x0000 ([MS-OXCPRPT] 3.2.5.8).
            RopGetPropertyIdsFromNamesResponse { ReturnValue: 0 or PropertyReturnValues.ErrorsReturned } mapped => mapped.PropertyIds,
            var other => throw new RopFailedException(request.RopId, other is IRopResult failed ? failed.ReturnValue : 0, client.LastExchange!),
        };
        if (ids.Count != named.Length)
        {
            throw new RopFailedException(request.RopId, $"{ids.Count} property IDs for {named.Length} names", client.LastExchange!);
        }

        var propertyIds = new Dictionary<SharingProperty, ushort>();
        for (int i = 0; i < named.Length; i++)
        {
            propertyIds[named[i]] = ids[i];
        }

        var stored = new Dictionary<ushort, PropertyValue>();
        foreach (TaggedPropertyValue value in await client.GetPropertiesAllAsync(message).ConfigureAwait(false))
        {
            stored.TryAdd(value.PropertyTag.PropertyId, value.PropertyValue);
        }

        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (SharingProperty property in P.All)
        {
            ushort id = property.IsNamed ? propertyIds[property] : property.TagId;
            if (id == 0 || !stored.TryGetValue(id, out PropertyValue? value))
            {
                continue;
            }

            if (value.Type == PropertyType.PtypErrorCode)
            {
                value = await client.GetPropertyAsync(message, new PropertyTag(id, property.Type)).ConfigureAwait(false);
            }

            if (value is not null)
            {
                properties[property.Name] = value;
            }
        }

        return properties;
    }

    /// <summary>Judges <paramref name="properties"/> (by canonical [MS-OXPROPS] name) against [MS-OXSHARE] section 2.2.</summary>
    public static SharingValidationReport Validate(IReadOnlyDictionary<string, PropertyValue> properties, SharingValidationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var message = new MessageView(properties);
        context ??= SharingValidationContext.None;

        // The kind of message decides which rules apply: the creator's intent when known, else the flavor it holds.
        int? flavor = context.ExpectedFlavor ?? message.Integer(P.Flavor);
        bool carriesRemoteFolder = flavor is InvitationForSpecialFolder or InvitationForOtherFolder or AcceptResponse;
        bool isRequest = flavor is RequestForSpecialFolder or InvitationAndRequest;
        bool isResponse = flavor is DenyResponse or AcceptResponse;

        var findings = new List<SharingFinding>
        {
            Capabilities(message, context, flavor),
            Exact("MS-OXSHARE-R0003", message, P.ConfigurationUrl, string.Empty),
            Exact("MS-OXSHARE-R0004", message, P.XConfigUrl, message.String(P.ConfigurationUrl) ?? string.Empty),
            FlavorValue(message, context),
            HexOfInteger("MS-OXSHARE-R0006", message, P.XFlavor, P.Flavor),
            Initiator(message, context),
            LocalType(message, context, isResponse),
            SameAs("MS-OXSHARE-R0013", message, P.XLocalType, P.LocalType),
            ProviderGuid(message),
            ExactHex("MS-OXSHARE-R0015", message, P.XProviderGuid, ProviderGuidBytes, "the fixed provider GUID"),
            SameAs("MS-OXSHARE-R0017", message, P.XProviderName, P.ProviderName),
            SameAs("MS-OXSHARE-R0020", message, P.XProviderUrl, P.ProviderUrl),
            Absent("MS-OXSHARE-R0022", message, P.RemoteFolder, !carriesRemoteFolder, "only invitations and acceptances carry the section 2.2.3 properties"),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0024", () => RemoteName(message, context)),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0025", () => SameAs("MS-OXSHARE-R0025", message, P.XRemoteName, P.RemoteName)),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0026", () => HexOfFolderBytes("MS-OXSHARE-R0026", message, P.RemoteStoreUid, context.Folder?.StoreEntryId, "PidTagStoreEntryId")),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0027", () => SameAs("MS-OXSHARE-R0027", message, P.XRemoteStoreUid, P.RemoteStoreUid)),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0028", () => SameAs("MS-OXSHARE-R0028", message, P.RemoteType, P.LocalType)),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0030", () => SameAs("MS-OXSHARE-R0030", message, P.XRemoteType, P.RemoteType)),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0032", () => HexOfFolderBytes("MS-OXSHARE-R0032", message, P.RemoteUid, context.Folder?.EntryId, "PidTagEntryId")),
            OnlyFor(carriesRemoteFolder, "MS-OXSHARE-R0033", () => SameAs("MS-OXSHARE-R0033", message, P.XRemoteUid, P.RemoteUid)),
            Absent("MS-OXSHARE-R0034", message, P.Response, !isRequest, "only sharing requests carry the section 2.2.4 properties"),
            ResponseType(message, context, isRequest),
            Exact("MS-OXSHARE-R0036", message, P.ContentClass, SharingContentClass),
            MessageClass(message),
            Absent("MS-OXSHARE-R0038", message, P.Ignored, true, "section 2.2.6 properties are not to be set"),
        };

        for (int i = 0; i < findings.Count; i++)
        {
            if (context.Excluded.TryGetValue(findings[i].RequirementId, out string? reason))
            {
                findings[i] = NotApplicable(findings[i].RequirementId, $"not established: {reason}");
            }
        }

        string[] broken = [.. findings.Where(f => f.Outcome == FindingOutcome.NotHeld && !Recommendations.Contains(f.RequirementId)).Select(f => f.RequirementId)];
        findings.Add(new SharingFinding(
            "MS-OXSHARE-R0001",
            broken.Length == 0 ? FindingOutcome.Held : FindingOutcome.NotHeld,
            "every MUST of section 2.2 holds on the message as exposed",
            broken.Length == 0 ? "all held" : $"not held: {string.Join(", ", broken)}",
            "the message as a client reads it through the server"));
        return new SharingValidationReport(findings);
    }

    /// <summary>The hexadecimal string of bytes ([MS-OXSHARE] 2.2: one pair of digits per byte, in order).</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>The hexadecimal string of an integer ([MS-OXSHARE] 2.2: big-endian digits, no leading zeros).</summary>
    public static string Hex(int value) => ((uint)value).ToString("X", CultureInfo.InvariantCulture);

    // [MS-OXSHARE] 2.2.2.1: one of two values, the one that fits the folder when that is known. The flavor
    // tells it for invitations and requests (2.2.2.5 names the folder kind); for responses only the context can.
    private static SharingFinding Capabilities(MessageView message, SharingValidationContext context, int? flavor)
    {
        const string id = "MS-OXSHARE-R0002";
        bool? special = context.RelatesToSpecialFolder ?? flavor switch
        {
            InvitationForSpecialFolder or RequestForSpecialFolder or InvitationAndRequest => true,
            InvitationForOtherFolder => false,
            _ => null,
        };
        int? value = message.Integer(P.Capabilities);
        string actual = message.Describe(P.Capabilities);
        return special switch
        {
            true => Verdict(id, value == SpecialFolderCapabilities, Hex32(SpecialFolderCapabilities), actual, "the message relates to a special folder"),
            false => Verdict(id, value == OtherFolderCapabilities, Hex32(OtherFolderCapabilities), actual, "the message relates to a folder that is not a special folder"),
            _ => Verdict(id, value is SpecialFolderCapabilities or OtherFolderCapabilities, $"{Hex32(SpecialFolderCapabilities)} or {Hex32(OtherFolderCapabilities)}", actual, "whether the folder is a special folder is not known"),
        };
    }

    // [MS-OXSHARE] 2.2.2.5.
    private static SharingFinding FlavorValue(MessageView message, SharingValidationContext context)
    {
        const string id = "MS-OXSHARE-R0005";
        int? value = message.Integer(P.Flavor);
        bool listed = value is int v && Flavors.Contains(v);
        return context.ExpectedFlavor is int expected
            ? Verdict(id, listed && value == expected, Hex32(expected), message.Describe(P.Flavor), "the flavor of the kind of message the creator made")
            : Verdict(id, listed, string.Join(", ", Flavors.Select(Hex32)), message.Describe(P.Flavor), "one of the listed flavors");
    }

    // [MS-OXSHARE] 2.2.2.7: an Address Book EntryID ([MS-OXCDATA] 2.2.5.2), the one of the creating user when known.
    // X500 DNs compare without regard to case.
    private static SharingFinding Initiator(MessageView message, SharingValidationContext context)
    {
        const string id = "MS-OXSHARE-R0007";
        byte[]? value = message.Binary(P.InitiatorEntryId);
        AddressBookEntryId? actual = TryDecodeAddressBookEntryId(value);
        string described = message.Describe(P.InitiatorEntryId) + (actual is null ? string.Empty : $" ({actual.X500DistinguishedName})");
        if (context.InitiatorEntryId is { } known)
        {
            AddressBookEntryId? expected = TryDecodeAddressBookEntryId(known);
            bool same = expected is not null && actual is not null
                ? actual.Flags == expected.Flags && actual.ProviderUid == expected.ProviderUid && actual.Type == expected.Type
                    && string.Equals(actual.X500DistinguishedName, expected.X500DistinguishedName, StringComparison.OrdinalIgnoreCase)
                : value is not null && value.AsSpan().SequenceEqual(known);
            return Verdict(id, same, Hex(known) + (expected is null ? string.Empty : $" ({expected.X500DistinguishedName})"), described, "the Address Book EntryID of the user who created the message");
        }

        return Verdict(id, actual is not null && actual.ProviderUid == AddressBookEntryId.AddressBookProviderUid, "an Address Book EntryID", described, "the creating user is not known: the form only");
    }

    // [MS-OXSHARE] 2.2.2.10: a listed folder type; the shared folder's class, or for a response the request's value.
    private static SharingFinding LocalType(MessageView message, SharingValidationContext context, bool isResponse)
    {
        const string id = "MS-OXSHARE-R0012";
        string? value = message.String(P.LocalType);
        string? exact = isResponse ? context.RequestLocalType ?? context.Folder?.ContainerClass : context.Folder?.ContainerClass;
        bool listed = value is not null && LocalTypes.Contains(value);
        return exact is not null
            ? Verdict(id, listed && value == exact, Quote(exact), message.Describe(P.LocalType), isResponse ? "the local type of the request answered" : "PidTagContainerClass of the shared folder")
            : Verdict(id, listed, string.Join(", ", LocalTypes.Select(Quote)), message.Describe(P.LocalType), "the shared folder is not known: one of the folder types");
    }

    // [MS-OXSHARE] 2.2.2.12.
    private static SharingFinding ProviderGuid(MessageView message)
    {
        byte[]? value = message.Binary(P.ProviderGuid);
        return Verdict("MS-OXSHARE-R0014", value is not null && value.AsSpan().SequenceEqual(ProviderGuidBytes), Hex(ProviderGuidBytes), message.Describe(P.ProviderGuid), "the fixed provider GUID");
    }

    // [MS-OXSHARE] 2.2.3.1: PidTagDisplayName of the shared folder.
    private static SharingFinding RemoteName(MessageView message, SharingValidationContext context)
    {
        const string id = "MS-OXSHARE-R0024";
        string? value = message.String(P.RemoteName);
        return context.Folder?.DisplayName is { } name
            ? Verdict(id, value == name, Quote(name), message.Describe(P.RemoteName), "PidTagDisplayName of the shared folder")
            : Verdict(id, !string.IsNullOrEmpty(value), "the shared folder's display name", message.Describe(P.RemoteName), "the shared folder is not known: presence only");
    }

    // [MS-OXSHARE] 2.2.3.3 / 2.2.3.7: the hexadecimal string of the folder's identifier.
    private static SharingFinding HexOfFolderBytes(string id, MessageView message, SharingProperty property, byte[]? folderBytes, string folderProperty)
    {
        string? value = message.String(property);
        if (folderBytes is not null)
        {
            return Verdict(id, string.Equals(value, Hex(folderBytes), StringComparison.OrdinalIgnoreCase), Quote(Hex(folderBytes)), message.Describe(property), $"the hexadecimal string of {folderProperty} of the shared folder");
        }

        bool hex = value is { Length: > 0 } && value.Length % 2 == 0 && value.All(char.IsAsciiHexDigit);
        return Verdict(id, hex, "a hexadecimal string of bytes", message.Describe(property), $"{folderProperty} of the shared folder is not known: the form only");
    }

    // [MS-OXSHARE] 2.2.4.2: on an answered request, acceptance or denial.
    private static SharingFinding ResponseType(MessageView message, SharingValidationContext context, bool isRequest)
    {
        const string id = "MS-OXSHARE-R0035";
        bool answered = message.Has(P.ResponseType) || message.Has(P.ResponseTime) || context.ExpectedResponseType is not null;
        if (!isRequest || !answered)
        {
            return NotApplicable(id, "only an answered sharing request carries a response type");
        }

        int? value = message.Integer(P.ResponseType);
        return context.ExpectedResponseType is int expected
            ? Verdict(id, value == expected, Hex32(expected), message.Describe(P.ResponseType), "the response the user chose")
            : Verdict(id, value is Accepted or Denied, $"{Hex32(Accepted)} or {Hex32(Denied)}", message.Describe(P.ResponseType), "acceptance or denial");
    }

    // [MS-OXSHARE] 2.2.5.2: "IPM.Sharing" or a class beginning with it.
    private static SharingFinding MessageClass(MessageView message)
    {
        string? value = message.String(P.MessageClass);
        return Verdict("MS-OXSHARE-R0037", value is not null && value.StartsWith(SharingMessageClass, StringComparison.Ordinal), $"{Quote(SharingMessageClass)} or a class beginning with it", message.Describe(P.MessageClass), "the class of a Sharing Message object");
    }

    private static SharingFinding Exact(string id, MessageView message, SharingProperty property, string expected) =>
        Verdict(id, message.String(property) == expected, Quote(expected), message.Describe(property), property.Name);

    // A copy of another property: both set, with the same string.
    private static SharingFinding SameAs(string id, MessageView message, SharingProperty copy, SharingProperty original)
    {
        string? source = message.String(original);
        string? value = message.String(copy);
        return Verdict(id, source is not null && value == source, source is null ? $"the value of {original.Name} (which the message lacks)" : Quote(source), message.Describe(copy), $"{copy.Name} repeats {original.Name}");
    }

    // Hexadecimal digits compare without regard to case: [MS-OXSHARE] 2.2 names the digits, not their case.
    private static SharingFinding HexOfInteger(string id, MessageView message, SharingProperty text, SharingProperty integer)
    {
        int? source = message.Integer(integer);
        string? value = message.String(text);
        return Verdict(id, source is int s && string.Equals(value, Hex(s), StringComparison.OrdinalIgnoreCase), source is int known ? Quote(Hex(known)) : $"the hexadecimal string of {integer.Name} (which the message lacks)", message.Describe(text), $"{text.Name} is {integer.Name} in hexadecimal without leading zeros");
    }

    private static SharingFinding ExactHex(string id, MessageView message, SharingProperty text, byte[] bytes, string what)
    {
        string? value = message.String(text);
        return Verdict(id, string.Equals(value, Hex(bytes), StringComparison.OrdinalIgnoreCase), Quote(Hex(bytes)), message.Describe(text), $"the hexadecimal string of {what}");
    }

    private static SharingFinding Absent(string id, MessageView message, IReadOnlyList<SharingProperty> properties, bool applies, string why)
    {
        if (!applies)
        {
            return NotApplicable(id, why);
        }

        string[] present = [.. properties.Where(message.Has).Select(p => p.Name)];
        return Verdict(id, present.Length == 0, "none of " + string.Join(", ", properties.Select(p => p.Name)), present.Length == 0 ? "none" : string.Join(", ", present), why);
    }

    private static SharingFinding OnlyFor(bool applies, string id, Func<SharingFinding> judge) =>
        applies ? judge() : NotApplicable(id, "only invitations and acceptances carry the section 2.2.3 properties");

    private static SharingFinding NotApplicable(string id, string why) => new(id, FindingOutcome.NotApplicable, "(not applicable)", "(not applicable)", why);

    private static SharingFinding Verdict(string id, bool held, string expected, string actual, string detail) =>
        new(id, held ? FindingOutcome.Held : FindingOutcome.NotHeld, expected, actual, detail);

    private static AddressBookEntryId? TryDecodeAddressBookEntryId(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return AddressBookEntryId.Decode(bytes);
        }
        catch (ProtocolException)
        {
            return null;
        }
    }

    private static string Hex32(int value) => $"0x{(uint)value:X8}";

    private static string Quote(string value) => $"\"{value}\"";

    /// <summary>Typed access to the properties; a value of another type than [MS-OXPROPS] gives counts as absent and is described as it is.</summary>
    private sealed class MessageView(IReadOnlyDictionary<string, PropertyValue> properties)
    {
        public bool Has(SharingProperty property) => properties.ContainsKey(property.Name);

        public string? String(SharingProperty property) =>
            properties.TryGetValue(property.Name, out PropertyValue? value) && value is PropertyValue<string> { Type: PropertyType.PtypString or PropertyType.PtypString8 } text ? text.Value : null;

        public int? Integer(SharingProperty property) =>
            properties.TryGetValue(property.Name, out PropertyValue? value) && value is PropertyValue<int> { Type: PropertyType.PtypInteger32 } integer ? integer.Value : null;

        public byte[]? Binary(SharingProperty property) =>
            properties.TryGetValue(property.Name, out PropertyValue? value) && value is PropertyValue<ValueArray<byte>> { Type: PropertyType.PtypBinary } bytes ? bytes.Value.ToArray() : null;

        public string Describe(SharingProperty property)
        {
            if (!properties.TryGetValue(property.Name, out PropertyValue? value))
            {
                return "(absent)";
            }

            string shown = value switch
            {
                PropertyValue<string> text => Quote(text.Value),
                PropertyValue<int> integer => Hex32(integer.Value),
                PropertyValue<ValueArray<byte>> bytes => Hex(bytes.Value.AsSpan()),
                PropertyValue<ulong> time when value.Type == PropertyType.PtypTime => DateTime.FromFileTimeUtc((long)Math.Min(time.Value, (ulong)DateTime.MaxValue.ToFileTimeUtc())).ToString("u", CultureInfo.InvariantCulture),
                _ => value.BoxedValue.ToString() ?? string.Empty,
            };
            return value.Type == property.Type || (property.Type == PropertyType.PtypString && value.Type == PropertyType.PtypString8)
                ? shown
                : $"{shown} as {value.Type}, not {property.Type}";
        }
    }
}
