namespace Conformance.Store;

/// <summary>How the logon answers a mailbox that is disabled ([MS-OXCSTOR] 3.2.5.1.1 and its product note &lt;21&gt;).</summary>
public enum DisabledMailboxLogonResult
{
    /// <summary>ecUnknownUser: what the specification recommends.</summary>
    UnknownUser,

    /// <summary>ecMailboxDisabled (Exchange 2003).</summary>
    MailboxDisabled,

    /// <summary>ecLoginFailure (Exchange 2007, for the first minutes).</summary>
    LoginFailure,
}

/// <summary>How the logon answers a user who logs on to a mailbox that another user owns ([MS-OXCSTOR] 3.2.5.1.1, product note &lt;31&gt;).</summary>
public enum OtherUserMailboxLogonResult
{
    /// <summary>ecNone (Exchange 2013, 2016, 2019): the logon succeeds without owner rights.</summary>
    Allow,

    /// <summary>ecAccessDenied (Exchange 2003, 2007).</summary>
    AccessDenied,

    /// <summary>ecLoginPerm (Exchange 2010).</summary>
    LoginPermission,
}

/// <summary>How message classes are kept in the Receive folder table ([MS-OXCSTOR] 3.2.5.3 lets the server case-fold them).</summary>
public enum ReceiveFolderClassCase
{
    /// <summary>As the client sent it.</summary>
    AsStored,

    /// <summary>Folded to upper case, as the example of [MS-OXCSTOR] 4.5 shows ("REPORT.IPM").</summary>
    UpperCase,

    /// <summary>Folded to lower case.</summary>
    LowerCase,
}

/// <summary>What RopWritePerUserInformation answers when the written data is not an IDSET ([MS-OXCSTOR] 3.2.5.13.1, product note &lt;48&gt;).</summary>
public enum MalformedPerUserDataResult
{
    /// <summary>ecCorruptData (0x8004011B): what the specification recommends, and Exchange 2013 for public logons.</summary>
    CorruptData,

    /// <summary>ecFmtError (0x000004ED): Exchange 2007, and Exchange 2010 for public logons.</summary>
    FormatError,

    /// <summary>ecInvalidParam (0x80070057): Exchange 2010 for private logons.</summary>
    InvalidParameter,

    /// <summary>ecNone: Exchange 2013 for private logons; the data is stored as sent.</summary>
    Accept,
}

/// <summary>
/// The [MS-OXCSTOR] choices. The policy: a SHOULD of the specification's own text is the default,
/// the product-behaviour notes of section 6 are the alternatives; where the text leaves the choice
/// open (MAY, "implementation-specific"), the default is the behaviour of the latest Exchange listed.
/// </summary>
public sealed partial class StoreOptions
{
    /// <summary>
    /// RopGetStoreState is implemented ([MS-OXCSTOR] 3.2.5.5 MAY, as Exchange 2003 and 2007 do, &lt;37&gt;).
    /// Default false: servers SHOULD NOT implement it and answer NotImplemented (Exchange 2010 and later, &lt;11&gt;).
    /// </summary>
    public bool GetStoreStateImplemented { get; set; }

    /// <summary>
    /// The StoreState field of a private logon response carries STORE_HAS_SEARCHES when the mailbox has
    /// active search folders (Exchange 2003 and 2007, [MS-OXCSTOR] 2.2.1.1.3 &lt;8&gt;). Default false: it SHOULD be 0.
    /// </summary>
    public bool LogonStoreStateReportsSearches { get; set; }

    /// <summary>
    /// The public logon response carries the store's own per-user GUID (Exchange 2007, [MS-OXCSTOR] 2.2.1.1.4 &lt;10&gt;).
    /// Default false: PerUserGuid SHOULD be all zeroes.
    /// </summary>
    public bool PublicLogonReturnsPerUserGuid { get; set; }

    /// <summary>
    /// The public logon returns empty Folder IDs for Free/Busy Data, Offline Address Book Data, their
    /// local-site folders and the NNTP Article Index (Exchange 2013 and later, [MS-OXCSTOR] 2.2.1.1.4 &lt;9&gt;).
    /// Default false: every folder the section lists is returned.
    /// </summary>
    public bool PublicLogonOmitsLegacyFolders { get; set; }

    /// <summary>
    /// RopLogon fails with ecError when LogonFlags or OpenFlags carries an undefined bit
    /// ([MS-OXCSTOR] 3.2.5.1.1, 3.2.5.1.2 SHOULD; Exchange's behaviour is undefined, &lt;23&gt; &lt;35&gt;). Default true.
    /// </summary>
    public bool RejectUndefinedLogonFlags { get; set; } = true;

    /// <summary>What a logon to a disabled mailbox answers ([MS-OXCSTOR] 3.2.5.1.1 SHOULD ecUnknownUser; &lt;21&gt;).</summary>
    public DisabledMailboxLogonResult DisabledMailboxLogon { get; set; } = DisabledMailboxLogonResult.UnknownUser;

    /// <summary>What a logon to another user's mailbox answers ([MS-OXCSTOR] 3.2.5.1.1 implementation-specific, &lt;31&gt;); default the Exchange 2013+ behaviour.</summary>
    public OtherUserMailboxLogonResult OtherUserMailboxLogon { get; set; } = OtherUserMailboxLogonResult.Allow;

    /// <summary>
    /// The ESSDN of the server that hosts the user's default public folder container when it is not this
    /// one: a public logon without the Ghosted bit, ALTERNATE_SERVER or IGNORE_HOME_MDB is redirected there
    /// ([MS-OXCSTOR] 3.2.5.1.2). Null: this server hosts it.
    /// </summary>
    public string? DefaultPublicFolderServer { get; set; }

    /// <summary>
    /// The ESSDN of another public folder server a logon with ALTERNATE_SERVER is redirected to
    /// ([MS-OXCSTOR] 3.2.5.1.2, 3.1.5.1). Null: there is none and such a logon fails with ecLoginFailure.
    /// </summary>
    public string? AlternatePublicFolderServer { get; set; }

    /// <summary>
    /// PidTagComment, PidTagDisplayName and PidTagDeleteAfterSubmit of a private logon are read-only
    /// (Exchange 2013 SP1 and later answer ecAccessDenied on setting them, [MS-OXCSTOR] &lt;14&gt; &lt;15&gt; &lt;16&gt;).
    /// Default false: section 2.2.2.1.2 lists them as read/write.
    /// </summary>
    public bool RestrictLogonMailboxProperties { get; set; }

    /// <summary>The value of PidTagExtendedRuleSizeLimit on private logons ([MS-OXCSTOR] 2.2.2.1.1.1), in bytes.</summary>
    public int ExtendedRuleSizeLimit { get; set; } = 0x10000;

    /// <summary>PidTagMaximumSubmitMessageSize in kilobytes ([MS-OXCSTOR] 2.2.2.1.1.2); null leaves it unset (no limit).</summary>
    public int? MaximumSubmitMessageSize { get; set; }

    /// <summary>PidTagProhibitReceiveQuota in kilobytes ([MS-OXCSTOR] 2.2.2.1.1.3); null leaves it unset (no limit).</summary>
    public int? ProhibitReceiveQuota { get; set; }

    /// <summary>PidTagProhibitSendQuota in kilobytes ([MS-OXCSTOR] 2.2.2.1.1.4); null leaves it unset (no limit).</summary>
    public int? ProhibitSendQuota { get; set; }

    /// <summary>The value of GwartTime in private logon responses ([MS-OXCSTOR] 2.2.1.1.3): it changes only when the GWART does, which never happens here.</summary>
    public ulong GwartTime { get; set; } = 0x01C8829C_7A1DC000;

    /// <summary>How the Receive folder table keeps message classes ([MS-OXCSTOR] 3.2.5.3, 3.2.5.4); default upper case as in example 4.5.</summary>
    public ReceiveFolderClassCase ReceiveFolderClassCase { get; set; } = ReceiveFolderClassCase.UpperCase;

    /// <summary>
    /// RopGetReceiveFolder matches a configured class only as a whole-component prefix ("IPM" matches
    /// "IPM.Note" but not "IPMX"), which is what "subclass" means in [MS-OXCSTOR] 2.2.1.2. False: any
    /// case-insensitive string prefix matches, the literal reading of 3.2.5.2.
    /// </summary>
    public bool ReceiveFolderMatchesWholeComponents { get; set; } = true;

    /// <summary>
    /// RopLongTermIdFromId succeeds with an all-zero LongTermID for ObjectId 0 (Exchange 2013 and later,
    /// [MS-OXCSTOR] 3.2.5.8 &lt;43&gt;). Default false: REPLID 0 is never mapped, so it SHOULD fail with ecNotFound.
    /// </summary>
    public bool LongTermIdFromZeroIdSucceeds { get; set; }

    /// <summary>
    /// RopIdFromLongTermId accepts a zero REPLGUID (Exchange 2007 and 2019, [MS-OXCSTOR] 3.2.5.9 &lt;44&gt;) and
    /// answers ObjectId 0. Default false: it SHOULD fail with ecInvalidParam.
    /// </summary>
    public bool IdFromZeroReplicaGuidSucceeds { get; set; }

    /// <summary>The most REPLIDs a store's mapping table holds ([MS-OXCSTOR] 3.2.5.9: at most 32,768, lower limits allowed).</summary>
    public int MaximumReplicaIds { get; set; } = 32768;

    /// <summary>
    /// The MaxDataSize RopReadPerUserInformation uses when the request says 0 ([MS-OXCSTOR] 3.2.5.12.1; Exchange 4096, &lt;46&gt;).
    /// Segments are bounded before the ROP runs: at most 4096 bytes for MaxDataSize 0 and 16384 otherwise.
    /// </summary>
    public ushort PerUserInformationDefaultDataSize { get; set; } = 4096;

    /// <summary>The largest MaxDataSize RopReadPerUserInformation honours ([MS-OXCSTOR] 3.2.5.12.1; Exchange 4096, &lt;47&gt;).</summary>
    public ushort PerUserInformationMaximumDataSize { get; set; } = 4096;

    /// <summary>
    /// A DataOffset of RopReadPerUserInformation that is negative as a signed 32-bit value fails with
    /// ecRpcFormat (Exchange 2003 to 2010, [MS-OXCSTOR] 3.2.5.12.1 &lt;45&gt;). Default false: ecError, as the SHOULD says.
    /// </summary>
    public bool NegativePerUserDataOffsetIsRpcFormat { get; set; }

    /// <summary>What RopWritePerUserInformation answers for data that is not an IDSET with REPLGUIDs ([MS-OXCSTOR] 3.2.5.13.1 SHOULD ecCorruptData; &lt;48&gt;).</summary>
    public MalformedPerUserDataResult MalformedPerUserData { get; set; } = MalformedPerUserDataResult.CorruptData;

    /// <summary>
    /// RopReadPerUserInformation answers HasFinished TRUE with no data when the logon already read the
    /// same, unchanged data to its end ([MS-OXCSTOR] 2.2.1.12.2 MUST). False: the data is always returned.
    /// </summary>
    public bool PerUserReadSkipsUnchangedData { get; set; } = true;
}
