namespace Conformance.Suites.OXSHARE.Validation;

using Conformance.Protocol.Data;

/// <summary>
/// The properties of [MS-OXSHARE] section 2.2 with their property sets, LIDs or names and types
/// ([MS-OXPROPS] sections 2.234-2.298 and 2.487-2.501; [MS-OXSHARE] 4 lists the ones a flow uses).
/// </summary>
public static class SharingProperties
{
    /// <summary>PSETID_Sharing ([MS-OXPROPS] 1.3.2).</summary>
    public static readonly Guid PsetidSharing = new("00062040-0000-0000-C000-000000000046");

    /// <summary>PS_INTERNET_HEADERS ([MS-OXPROPS] 1.3.2): the PidNameXSharing* and PidNameContentClass names.</summary>
    public static readonly Guid PsInternetHeaders = new("00020386-0000-0000-C000-000000000046");

    // Tagged properties ([MS-OXCMSG] 2.2.1.3, 2.2.1.9, 2.2.1.10).
    public static readonly SharingProperty MessageClass = Tagged("PidTagMessageClass", 0x001A, PropertyType.PtypString);
    public static readonly SharingProperty SubjectPrefix = Tagged("PidTagSubjectPrefix", 0x003D, PropertyType.PtypString);
    public static readonly SharingProperty NormalizedSubject = Tagged("PidTagNormalizedSubject", 0x0E1D, PropertyType.PtypString);

    // [MS-OXSHARE] 2.2.5.1.
    public static readonly SharingProperty ContentClass = Header("PidNameContentClass", "Content-class");

    // [MS-OXSHARE] 2.2.2: common to every Sharing Message object.
    public static readonly SharingProperty Capabilities = Lid("PidLidSharingCapabilities", 0x8A17, PropertyType.PtypInteger32);
    public static readonly SharingProperty XCapabilities = Header("PidNameXSharingCapabilities", "X-Sharing-Capabilities");
    public static readonly SharingProperty ConfigurationUrl = Lid("PidLidSharingConfigurationUrl", 0x8A24, PropertyType.PtypString);
    public static readonly SharingProperty XConfigUrl = Header("PidNameXSharingConfigUrl", "X-Sharing-Config-Url");
    public static readonly SharingProperty Flavor = Lid("PidLidSharingFlavor", 0x8A18, PropertyType.PtypInteger32);
    public static readonly SharingProperty XFlavor = Header("PidNameXSharingFlavor", "X-Sharing-Flavor");
    public static readonly SharingProperty InitiatorEntryId = Lid("PidLidSharingInitiatorEntryId", 0x8A09, PropertyType.PtypBinary);
    public static readonly SharingProperty InitiatorName = Lid("PidLidSharingInitiatorName", 0x8A07, PropertyType.PtypString);
    public static readonly SharingProperty InitiatorSmtp = Lid("PidLidSharingInitiatorSmtp", 0x8A08, PropertyType.PtypString);
    public static readonly SharingProperty LocalType = Lid("PidLidSharingLocalType", 0x8A14, PropertyType.PtypString);
    public static readonly SharingProperty XLocalType = Header("PidNameXSharingLocalType", "X-Sharing-Local-Type");
    public static readonly SharingProperty ProviderGuid = Lid("PidLidSharingProviderGuid", 0x8A01, PropertyType.PtypBinary);
    public static readonly SharingProperty XProviderGuid = Header("PidNameXSharingProviderGuid", "X-Sharing-Provider-Guid");
    public static readonly SharingProperty ProviderName = Lid("PidLidSharingProviderName", 0x8A02, PropertyType.PtypString);
    public static readonly SharingProperty XProviderName = Header("PidNameXSharingProviderName", "X-Sharing-Provider-Name");
    public static readonly SharingProperty ProviderUrl = Lid("PidLidSharingProviderUrl", 0x8A03, PropertyType.PtypString);
    public static readonly SharingProperty XProviderUrl = Header("PidNameXSharingProviderUrl", "X-Sharing-Provider-Url");

    // [MS-OXSHARE] 2.2.3: invitations and acceptances only.
    public static readonly SharingProperty RemoteName = Lid("PidLidSharingRemoteName", 0x8A05, PropertyType.PtypString);
    public static readonly SharingProperty XRemoteName = Header("PidNameXSharingRemoteName", "X-Sharing-Remote-Name");
    public static readonly SharingProperty RemoteStoreUid = Lid("PidLidSharingRemoteStoreUid", 0x8A48, PropertyType.PtypString);
    public static readonly SharingProperty XRemoteStoreUid = Header("PidNameXSharingRemoteStoreUid", "X-Sharing-Remote-Store-Uid");
    public static readonly SharingProperty RemoteType = Lid("PidLidSharingRemoteType", 0x8A1D, PropertyType.PtypString);
    public static readonly SharingProperty XRemoteType = Header("PidNameXSharingRemoteType", "X-Sharing-Remote-Type");
    public static readonly SharingProperty RemoteUid = Lid("PidLidSharingRemoteUid", 0x8A06, PropertyType.PtypString);
    public static readonly SharingProperty XRemoteUid = Header("PidNameXSharingRemoteUid", "X-Sharing-Remote-Uid");

    // [MS-OXSHARE] 2.2.4: answered sharing requests only.
    public static readonly SharingProperty ResponseTime = Lid("PidLidSharingResponseTime", 0x8A28, PropertyType.PtypTime);
    public static readonly SharingProperty ResponseType = Lid("PidLidSharingResponseType", 0x8A27, PropertyType.PtypInteger32);

    /// <summary>The [MS-OXSHARE] 2.2.3 properties.</summary>
    public static readonly IReadOnlyList<SharingProperty> RemoteFolder =
        [RemoteName, XRemoteName, RemoteStoreUid, XRemoteStoreUid, RemoteType, XRemoteType, RemoteUid, XRemoteUid];

    /// <summary>The [MS-OXSHARE] 2.2.4 properties.</summary>
    public static readonly IReadOnlyList<SharingProperty> Response = [ResponseTime, ResponseType];

    /// <summary>
    /// The [MS-OXSHARE] 2.2.6 properties that are not to be set. The types are those of [MS-OXPROPS]; the
    /// validator looks them up by ID, whatever type a message holds them in.
    /// </summary>
    public static readonly IReadOnlyList<SharingProperty> Ignored =
    [
        Lid("PidLidSharingAnonymity", 0x8A19, PropertyType.PtypInteger32),
        Lid("PidLidSharingBindingEntryId", 0x8A2D, PropertyType.PtypBinary),
        Lid("PidLidSharingBrowseUrl", 0x8A51, PropertyType.PtypString),
        Header("PidNameXSharingBrowseUrl", "X-Sharing-Browse-Url"),
        Lid("PidLidSharingDataRangeEnd", 0x8A45, PropertyType.PtypTime),
        Lid("PidLidSharingDataRangeStart", 0x8A44, PropertyType.PtypTime),
        Lid("PidLidSharingDetail", 0x8A2B, PropertyType.PtypInteger32),
        Lid("PidLidSharingExtensionXml", 0x8A21, PropertyType.PtypString),
        Header("PidNameXSharingExendedCaps", "X-Sharing-Exended-Caps"),
        Lid("PidLidSharingFilter", 0x8A13, PropertyType.PtypBinary),
        Lid("PidLidSharingFlags", 0x8A0A, PropertyType.PtypInteger32),
        Lid("PidLidSharingFolderEntryId", 0x8A15, PropertyType.PtypBinary),
        Lid("PidLidSharingIndexEntryId", 0x8A2E, PropertyType.PtypBinary),
        Lid("PidLidSharingInstanceGuid", 0x8A1C, PropertyType.PtypBinary),
        Header("PidNameXSharingInstanceGuid", "X-Sharing-Instance-Guid"),
        Lid("PidLidSharingLastAutoSyncTime", 0x8A55, PropertyType.PtypTime),
        Lid("PidLidSharingLastSyncTime", 0x8A1F, PropertyType.PtypTime),
        Lid("PidLidSharingLocalComment", 0x8A4D, PropertyType.PtypString),
        Lid("PidLidSharingLocalLastModificationTime", 0x8A23, PropertyType.PtypTime),
        Lid("PidLidSharingLocalName", 0x8A0F, PropertyType.PtypString),
        Lid("PidLidSharingLocalPath", 0x8A0E, PropertyType.PtypString),
        Lid("PidLidSharingLocalStoreUid", 0x8A49, PropertyType.PtypString),
        Lid("PidLidSharingLocalUid", 0x8A10, PropertyType.PtypString),
        Lid("PidLidSharingOriginalMessageEntryId", 0x8A29, PropertyType.PtypBinary),
        Lid("PidLidSharingParentBindingEntryId", 0x8A5C, PropertyType.PtypBinary),
        Lid("PidLidSharingParticipants", 0x8A1E, PropertyType.PtypString),
        Lid("PidLidSharingPermissions", 0x8A1B, PropertyType.PtypInteger32),
        Lid("PidLidSharingProviderExtension", 0x8A0B, PropertyType.PtypString),
        Lid("PidLidSharingRangeEnd", 0x8A47, PropertyType.PtypInteger32),
        Lid("PidLidSharingRangeStart", 0x8A46, PropertyType.PtypInteger32),
        Lid("PidLidSharingReciprocation", 0x8A1A, PropertyType.PtypInteger32),
        Lid("PidLidSharingRemoteByteSize", 0x8A4B, PropertyType.PtypInteger32),
        Lid("PidLidSharingRemoteComment", 0x8A2F, PropertyType.PtypString),
        Lid("PidLidSharingRemoteCrc", 0x8A4C, PropertyType.PtypInteger32),
        Lid("PidLidSharingRemoteLastModificationTime", 0x8A22, PropertyType.PtypTime),
        Lid("PidLidSharingRemoteMessageCount", 0x8A4F, PropertyType.PtypInteger32),
        Lid("PidLidSharingRemotePass", 0x8A0D, PropertyType.PtypString),
        Lid("PidLidSharingRemotePath", 0x8A04, PropertyType.PtypString),
        Header("PidNameXSharingRemotePath", "X-Sharing-Remote-Path"),
        Lid("PidLidSharingRemoteUser", 0x8A0C, PropertyType.PtypString),
        Lid("PidLidSharingRemoteVersion", 0x8A5B, PropertyType.PtypString),
        Lid("PidLidSharingRoamLog", 0x8A4E, PropertyType.PtypInteger32),
        Lid("PidLidSharingStart", 0x8A25, PropertyType.PtypTime),
        Lid("PidLidSharingStatus", 0x8A00, PropertyType.PtypInteger32),
        Lid("PidLidSharingStop", 0x8A26, PropertyType.PtypTime),
        Lid("PidLidSharingSyncFlags", 0x8A60, PropertyType.PtypInteger32),
        Lid("PidLidSharingSyncInterval", 0x8A2A, PropertyType.PtypInteger32),
        Lid("PidLidSharingTimeToLive", 0x8A2C, PropertyType.PtypInteger32),
        Lid("PidLidSharingTimeToLiveAuto", 0x8A56, PropertyType.PtypInteger32),
        Lid("PidLidSharingWorkingHoursDays", 0x8A42, PropertyType.PtypInteger32),
        Lid("PidLidSharingWorkingHoursEnd", 0x8A41, PropertyType.PtypTime),
        Lid("PidLidSharingWorkingHoursStart", 0x8A40, PropertyType.PtypTime),
        Lid("PidLidSharingWorkingHoursTimeZone", 0x8A43, PropertyType.PtypBinary),
    ];

    /// <summary>Every property the validator reads.</summary>
    public static readonly IReadOnlyList<SharingProperty> All =
    [
        MessageClass, SubjectPrefix, NormalizedSubject, ContentClass,
        Capabilities, XCapabilities, ConfigurationUrl, XConfigUrl, Flavor, XFlavor, InitiatorEntryId, InitiatorName, InitiatorSmtp,
        LocalType, XLocalType, ProviderGuid, XProviderGuid, ProviderName, XProviderName, ProviderUrl, XProviderUrl,
        .. RemoteFolder, .. Response, .. Ignored,
    ];

    private static SharingProperty Tagged(string name, ushort id, PropertyType type) => new(name, type, TagId: id);

    private static SharingProperty Lid(string name, uint lid, PropertyType type) => new(name, type, PropertyName.FromLid(PsetidSharing, lid));

    // Every PS_INTERNET_HEADERS property of [MS-OXSHARE] is a PtypString.
    private static SharingProperty Header(string name, string header) => new(name, PropertyType.PtypString, PropertyName.FromName(PsInternetHeaders, header));
}
