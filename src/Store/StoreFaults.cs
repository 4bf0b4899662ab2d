namespace Conformance.Store;

/// <summary>
/// Deliberate violations of the specifications the store can be configured to commit
/// (<c>Targets:&lt;name&gt;:Options:Faults</c>, comma-separated). They exist to show that the suites catch real
/// violations: a run against a faulty target must report the requirements each fault breaks. None is on
/// by default, and the store's own tests run without them.
/// </summary>
[Flags]
public enum StoreFaults
{
    None = 0,

    /// <summary>RopGetPropertiesSpecific returns the values in the reverse of the requested order ([MS-OXCPRPT] 3.2.5.1).</summary>
    ReversePropertyOrder = 0x01,

    /// <summary>RopSetStreamSize grows a stream with 0xCC bytes instead of zeros ([MS-OXCPRPT] 3.2.5.17).</summary>
    NoZeroFillOnSetStreamSize = 0x02,

    /// <summary>A Message object opened with RopOpenMessage writes its changes to the stored message at once, before RopSaveChangesMessage ([MS-OXCPRPT] 3.2.5.4, [MS-OXCMSG] 3.2.5.3).</summary>
    PersistBeforeSave = 0x04,

    /// <summary>RopReadPerUserInformation reports HasFinished the wrong way round ([MS-OXCSTOR] 2.2.1.12.2).</summary>
    WrongHasFinished = 0x08,

    /// <summary>RopGetReceiveFolder does not fall back to the longest matching message-class prefix ([MS-OXCSTOR] 3.2.5.2).</summary>
    NoReceiveFolderSubclassResolution = 0x10,

    /// <summary>RopCopyProperties overwrites existing destination properties even with NoOverwrite ([MS-OXCPRPT] 3.2.5.7).</summary>
    IgnoreNoOverwrite = 0x20,
}
