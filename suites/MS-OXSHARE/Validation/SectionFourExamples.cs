namespace Conformance.Suites.OXSHARE.Validation;

using Conformance.Protocol.Data;
using P = SharingProperties;

/// <summary>
/// The Sharing Message objects of [MS-OXSHARE] section 4 as property sets by canonical name, for testing the
/// validator without a target. Where the seed's text conversion damaged a value (a byte dropped from a dump,
/// a digit from a string), the value follows the layout the text states, as noted at each one.
/// </summary>
public static class SectionFourExamples
{
    /// <summary>The X500 DN the [MS-OXSHARE] 4.1 and 4.2 initiator EntryID carries (Kendall, "user12").</summary>
    public const string User12 = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user12";

    /// <summary>The X500 DN of the [MS-OXSHARE] 4.3 initiator (Ryan, "user10").</summary>
    public const string User10 = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user10";

    /// <summary>[MS-OXSHARE] 4.3 PidLidSharingRemoteUid: a 46-byte Folder EntryID ([MS-OXCDATA] 2.2.4.1).</summary>
    public const string RemoteUid = "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C52DBFB5A53AA1C000000F04EEF0000";

    /// <summary>
    /// [MS-OXSHARE] 4.3 PidLidSharingRemoteStoreUid. The seed's string has 335 digits: one 0 of the padding after
    /// "EMSMDB.DLL" is lost; the 14-byte DLLFileName field of a Store Object EntryID ([MS-OXCDATA] 2.2.4.3) puts it back.
    /// </summary>
    public const string RemoteStoreUid =
        "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C00000000" + "00000000"
        + "1B55FA20AA6611CD9BC800AA002FC45A0C0000003336353952392D413131002F6F3D4669727374204F7267616E697A6174696F6E2F6F753D45786368616E67652041646D696E6973747261746976652047726F7570202846594449424F484632335350444C54292F636E3D526563697069656E74732F636E3D75736572313000";

    /// <summary>[MS-OXSHARE] 4.2 and 4.3 PidLidSharingResponseTime: 00 9A C2 CF E3 7F C8 01 (2008/03/06 23:43).</summary>
    public const ulong ResponseTime = 0x01C87FE3CFC29A00;

    /// <summary>
    /// An Address Book EntryID ([MS-OXCDATA] 2.2.5.2) as the [MS-OXSHARE] 4.1 dump shows it: 125 bytes, version 1,
    /// type 0 (the seed's second dump line lost one 00 of the Type field).
    /// </summary>
    public static byte[] InitiatorEntryId(string dn) => new AddressBookEntryId(0, AddressBookEntryId.AddressBookProviderUid, 1, AddressBookEntryId.LocalMailUser, dn).ToBytes();

    /// <summary>[MS-OXSHARE] 4.1: Kendall's sharing request for Ryan's calendar.</summary>
    public static Dictionary<string, PropertyValue> Request() => Common("Sharing request: calendar", SharingMessageValidator.RequestForSpecialFolder, User12, "user12");

    /// <summary>[MS-OXSHARE] 4.2 and 4.3: the request after Ryan answered it (1 accepted, 2 denied).</summary>
    public static Dictionary<string, PropertyValue> AnsweredRequest(int responseType)
    {
        Dictionary<string, PropertyValue> request = Request();
        request[P.ResponseType.Name] = PropertyValue.Integer32(responseType);
        request[P.ResponseTime.Name] = PropertyValue.Time(ResponseTime);
        return request;
    }

    /// <summary>[MS-OXSHARE] 4.2: Ryan's response denying the request.</summary>
    public static Dictionary<string, PropertyValue> Deny() => Common("Denied: sharing request: calendar", SharingMessageValidator.DenyResponse, User12, "user12");

    /// <summary>[MS-OXSHARE] 4.3: Ryan's response accepting the request, with his calendar's identity.</summary>
    public static Dictionary<string, PropertyValue> Accept()
    {
        Dictionary<string, PropertyValue> accept = Common("Allowed: sharing request: calendar", SharingMessageValidator.AcceptResponse, User10, "user10");
        Set(accept, P.RemoteName, "Calendar");
        Set(accept, P.XRemoteName, "Calendar");
        Set(accept, P.RemoteType, "IPF.Appointment");
        Set(accept, P.XRemoteType, "IPF.Appointment");
        Set(accept, P.RemoteUid, RemoteUid);
        Set(accept, P.XRemoteUid, RemoteUid);
        Set(accept, P.RemoteStoreUid, RemoteStoreUid);
        Set(accept, P.XRemoteStoreUid, RemoteStoreUid);
        return accept;
    }

    /// <summary>What a validation of the [MS-OXSHARE] 4.3 acceptance knows: Ryan's calendar as the example names it.</summary>
    public static SharingValidationContext AcceptContext() => new()
    {
        InitiatorEntryId = InitiatorEntryId(User10),
        RequestLocalType = "IPF.Appointment",
        Folder = new SharedFolderFacts("Calendar", "IPF.Appointment", Convert.FromHexString(RemoteUid), Convert.FromHexString(RemoteStoreUid)),
    };

    private static Dictionary<string, PropertyValue> Common(string subject, int flavor, string initiatorDn, string initiator)
    {
        var message = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        Set(message, P.MessageClass, "IPM.Sharing");
        Set(message, P.ContentClass, "Sharing");
        Set(message, P.NormalizedSubject, subject);
        Set(message, P.SubjectPrefix, string.Empty);
        message[P.ProviderGuid.Name] = PropertyValue.Binary(SharingMessageValidator.ProviderGuidBytes);
        Set(message, P.XProviderGuid, "AEF0060000000000C000000000000046");
        Set(message, P.ProviderName, "Microsoft Exchange");
        Set(message, P.XProviderName, "Microsoft Exchange");
        Set(message, P.ProviderUrl, "HTTP://www.microsoft.com/exchange");
        Set(message, P.XProviderUrl, "HTTP://www.microsoft.com/exchange");
        Set(message, P.ConfigurationUrl, string.Empty);
        Set(message, P.XConfigUrl, string.Empty);
        message[P.Flavor.Name] = PropertyValue.Integer32(flavor);
        Set(message, P.XFlavor, SharingMessageValidator.Hex(flavor));
        message[P.Capabilities.Name] = PropertyValue.Integer32(SharingMessageValidator.SpecialFolderCapabilities);
        Set(message, P.XCapabilities, "40290");
        Set(message, P.LocalType, "IPF.Appointment");
        Set(message, P.XLocalType, "IPF.Appointment");
        message[P.InitiatorEntryId.Name] = PropertyValue.Binary(InitiatorEntryId(initiatorDn));
        Set(message, P.InitiatorName, initiator);
        Set(message, P.InitiatorSmtp, $"{initiator}@fabrikam.com");
        return message;
    }

    private static void Set(Dictionary<string, PropertyValue> message, SharingProperty property, string value) => message[property.Name] = PropertyValue.String(value);
}
