namespace Conformance.Store;

/// <summary>How the store answers a client's attempt to set or delete a property that is read-only for it ([MS-OXCPRPT] 3.2.5.4).</summary>
public enum ReadOnlyPropertyHandling
{
    /// <summary>Report the property in PropertyProblems with AccessDenied (0x80070005).</summary>
    PropertyProblem,

    /// <summary>Disregard the property silently: success, no problem, the value unchanged.</summary>
    Ignore,
}

/// <summary>The choices of the property ROPs ([MS-OXCPRPT] 3.2.5.1 to 3.2.5.10, 3.2.5.20 and Appendix A).</summary>
public sealed partial class StoreOptions
{
    /// <summary>
    /// Whether RopGetPropertiesSpecific and RopGetPropertiesAll apply the request's PropertySizeLimit.
    /// [MS-OXCPRPT] 3.2.5.1 says the server SHOULD ignore it (Exchange 2010 and later, the default);
    /// Appendix A note 4: Exchange 2003 and 2007 answer a binary, object or string value larger than the
    /// limit with NotEnoughMemory (0x8007000E) instead of the value. A value larger than the room left in
    /// the ROP output buffer gets that error whatever this says ([MS-OXCPRPT] 2.2.3.2).
    /// </summary>
    public bool HonorPropertySizeLimit { get; set; }

    /// <summary>
    /// The code page of Logon objects, used for PtypString8 values (MBCS) returned for PtypUnspecified
    /// requests without WantUnicode and for conversions between PtypString and PtypString8
    /// ([MS-OXCPRPT] 3.2.5.1). Windows-1252 unless configured.
    /// </summary>
    public int LogonCodePage { get; set; } = 1252;

    /// <summary>What RopSetProperties and RopDeleteProperties do with a read-only property ([MS-OXCPRPT] 3.2.5.4 lists the choices).</summary>
    public ReadOnlyPropertyHandling ReadOnlyProperties { get; set; } = ReadOnlyPropertyHandling.PropertyProblem;

    /// <summary>
    /// The most named-property IDs a store registers ([MS-OXCPRPT] 3.2.5.10: at most 32,767); past it a
    /// RopGetPropertyIdsFromNames that needs a new ID fails with OutOfMemory (0x8007000E). Values above
    /// 32,767 are treated as 32,767.
    /// </summary>
    public int NamedPropertyLimit { get; set; } = 32767;

    /// <summary>
    /// Whether RopGetPropertyIdsFromNames with PropertyNameCount zero enumerates the registered IDs on
    /// every object type. [MS-OXCPRPT] 3.2.5.10 requires it on Logon objects only (the default: other
    /// objects get an empty list); 2.2.12.2 words the count rule without that restriction.
    /// </summary>
    public bool EnumerateNamedPropertiesOnAnyObject { get; set; }

    /// <summary>
    /// Whether the Move flag of RopCopyProperties and RopCopyTo deletes the copied properties from the
    /// source. [MS-OXCPRPT] 3.2.5.7 and 3.2.5.8 leave it as a MAY; Appendix A notes 6 and 8: Exchange
    /// 2003 and 2007 (and 2010 for RopCopyTo) delete them, later versions do not (the default). The
    /// subobjects RopCopyTo copies with WantSubObjects (recipients, attachments, embedded message, messages
    /// and subfolders) follow the same choice, so a move never leaves properties behind while taking the
    /// subobjects away, or the reverse.
    /// </summary>
    public bool MoveDeletesSourceProperties { get; set; }

    /// <summary>
    /// Whether CopyFlags with both Move and NoOverwrite is rejected with InvalidParameter. The bits SHOULD
    /// NOT be combined ([MS-OXCPRPT] 2.2.10.1, 2.2.11.1); Appendix A notes 2 and 3: only Exchange 2003 and
    /// 2007 support the combination, so by default it is rejected.
    /// </summary>
    public bool RejectMoveWithNoOverwrite { get; set; } = true;

    /// <summary>
    /// Whether RopCopyTo with Move on Folder objects fails with NotSupported (0x80040102); a MAY in
    /// [MS-OXCPRPT] 3.2.5.8, so off by default. (RopCopyProperties always does, a SHOULD in 3.2.5.7.)
    /// </summary>
    public bool CopyToFolderMoveNotSupported { get; set; }

    /// <summary>
    /// Whether RopCopyTo fails with NotSupported when the source or the destination is a public folder:
    /// a SHOULD in [MS-OXCPRPT] 3.2.5.8 that Appendix A note 10 says Exchange 2003 to 2010 do not follow.
    /// </summary>
    public bool CopyToPublicFolderNotSupported { get; set; } = true;

    /// <summary>
    /// Whether RopCopyProperties and RopCopyTo with WantAsynchronous run asynchronously: the first answer
    /// is a RopProgress response, later RopProgress requests on the source handle report progress and the
    /// last one returns the copy ROP's own response ([MS-OXCPRPT] 3.2.5.7, 3.2.5.8, 3.2.5.20). Off by
    /// default: the server may always answer synchronously (2.2.10.1). A RopCopyProperties whose final
    /// response could exceed the RopProgress response bound (more than 24 property tags) still runs
    /// synchronously.
    /// </summary>
    public bool AsynchronousCopy { get; set; }

    /// <summary>How many RopProgress requests an asynchronous copy takes: the earlier ones get progress, this one the copy's response (at least 1).</summary>
    public int AsynchronousCopyProgressSteps { get; set; } = 1;
}
