namespace Conformance.Store;

/// <summary>What a submitted message becomes: the store is not a transport and delivers nothing.</summary>
public enum SubmitBehavior
{
    /// <summary>The message is marked sent and moved to Sent Items (or removed when PidTagDeleteAfterSubmit is set), as after a completed send.</summary>
    MoveToSentItems,

    /// <summary>The message stays where it is with mfSubmitted set, as if waiting for a transport that never comes.</summary>
    LeaveSubmitted,
}

/// <summary>The choices of the folder, message, attachment and table ROPs (Support family).</summary>
public sealed partial class StoreOptions
{
    /// <summary>
    /// Whether hierarchy and contents tables are snapshots taken when the table is opened (true) or
    /// live views that show every saved change at the next RopQueryRows (false, the default, as
    /// Exchange tables follow the store; [MS-OXCTABL] 3.2.5 leaves the view's freshness to the server).
    /// </summary>
    public bool TablesAreSnapshots { get; set; }

    /// <summary>
    /// How a table row says a column has no value. True (the default, as Exchange does): a flagged row
    /// whose value has the error flag 0x0A with ecNotFound. False: the flag 0x01, not available
    /// ([MS-OXCDATA] 2.8.1, 2.11.5 allow both).
    /// </summary>
    public bool MissingColumnIsNotFoundError { get; set; } = true;

    /// <summary>
    /// How RopDeleteFolder answers for a folder that still has subfolders or messages the flags do not
    /// allow it to delete. False (the default, what [MS-OXCFOLD] 3.2.5.3 specifies): ReturnValue 0 with
    /// PartialCompletion set and neither the folder nor its content deleted. True: the MAPI errors
    /// ecFolderHasChildren / ecFolderHasContents of IMAPIFolder::DeleteFolder, which the specification does not
    /// name for this ROP (a deliberate deviation for testing clients against other servers).
    /// </summary>
    public bool DeleteFolderFailsWhenNotEmpty { get; set; }

    /// <summary>
    /// Whether a RopDeleteFolder without DELETE_HARD_DELETE keeps the folder as soft deleted in a private
    /// mailbox (reachable with OpenSoftDeleted). False (the default): private mailboxes delete folders
    /// hard, as Exchange does; public folders always honour the flag ([MS-OXCFOLD] 2.2.1.3.1 SHOULD).
    /// </summary>
    public bool SoftDeleteFoldersInPrivateMailbox { get; set; }

    /// <summary>
    /// Whether RopCreateFolder with OpenExisting reports IsExistingFolder for a folder of a private
    /// mailbox. False (the default, [MS-OXCFOLD] 2.2.1.2.2): the field applies to public folders only
    /// and the server sets it to zero in a private mailbox. True deviates from that text.
    /// Related, not specified: [MS-OXCFOLD] 3.2.5.2 makes sibling names unique (ecDuplicateName,
    /// 0x80040604, without OpenExisting) but does not say whether the comparison ignores case; this store
    /// compares ignoring case, as MAPI display names are compared.
    /// </summary>
    public bool ReportExistingFolderInPrivateMailbox { get; set; }

    /// <summary>
    /// Whether RopSaveChangesMessage with KeepOpenReadOnly leaves the handle read-only (true, the text of
    /// [MS-OXCMSG] 2.2.3.3.1) or keeps its access unchanged (false, the default: note &lt;13&gt; of [MS-OXCMSG]
    /// section 6 says Exchange 2010, 2013, 2016 and 2019 ignore the flag).
    /// </summary>
    public bool KeepOpenReadOnlyLowersAccess { get; set; }

    /// <summary>
    /// What RopSubmitMessage does with the message ([MS-OXOMSG] 3.2.5.1 describes a transport this store does not
    /// have). Not verified against the specification: the answers for an embedded message (ecNotSupported) and a
    /// read-only handle (ecAccessDenied) are this store's choices.
    /// </summary>
    public SubmitBehavior SubmitBehavior { get; set; } = SubmitBehavior.MoveToSentItems;
}
