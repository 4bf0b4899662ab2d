namespace Conformance.Store.Model;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops.Store;

/// <summary>The property IDs of the Logon object properties ([MS-OXCSTOR] 2.2.2, IDs from [MS-OXPROPS]).</summary>
public static class LogonPropertyIds
{
    public const ushort DeleteAfterSubmit = 0x0E01;
    public const ushort MessageSize = 0x0E08;
    public const ushort ExtendedRuleSizeLimit = 0x0E9B;
    public const ushort StoreState = 0x340E;
    public const ushort ContentCount = 0x3602;
    public const ushort UserEntryId = 0x6619;
    public const ushort MailboxOwnerEntryId = 0x661B;
    public const ushort MailboxOwnerName = 0x661C;
    public const ushort OutOfOfficeState = 0x661D;
    public const ushort ProhibitReceiveQuota = 0x666A;
    public const ushort MaximumSubmitMessageSize = 0x666D;
    public const ushort ProhibitSendQuota = 0x666E;
    public const ushort SerializedReplidGuidMap = 0x6638;
    public const ushort LocaleId = 0x66A1;
    public const ushort CodePageId = 0x66C3;
    public const ushort SortLocaleId = 0x6705;
    public const ushort SentMailServerEntryId = 0x6740;
    public const ushort AddressBookMessageId = 0x674F;

    /// <summary>PidTagAssociated ([MS-OXPROPS]): set on folder associated information messages.</summary>
    public const ushort Associated = 0x67AA;

    /// <summary>A Folder or Message ID as the PtypInteger64 value of an ID property (its 8 wire bytes, little-endian).</summary>
    public static long ToInteger64(ObjectId id) => RopGetReceiveFolderTableResponse.FolderIdAsInteger64(id);
}
