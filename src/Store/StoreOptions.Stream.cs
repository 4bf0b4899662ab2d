namespace Conformance.Store;

using Conformance.Protocol.Data;

/// <summary>The error a short write reports ([MS-OXCPRPT] 3.2.5.13 and its product note &lt;12&gt;).</summary>
public enum StreamShortWriteError
{
    /// <summary>TooBig (0x80040305), what the section asks for and what Exchange 2010 and later return.</summary>
    TooBig,

    /// <summary>StreamSizeError (0x80030070), what Exchange 2003 and 2007 return.</summary>
    StreamSizeError,
}

/// <summary>The choices [MS-OXCPRPT] leaves to the server for Stream objects (sections 2.2.14 to 2.2.27, 3.2.5.11 to 3.2.5.24, 6).</summary>
public sealed partial class StoreOptions
{
    /// <summary>The largest stream allowed: 2^31 bytes ([MS-OXCPRPT] 2.2.19.2, 2.2.20.1, 3.2.5.18).</summary>
    public const long SpecificationMaximumStreamSize = 1L << 31;

    /// <summary>
    /// The largest stream, in bytes; seeks beyond it fail with StreamSeekError ([MS-OXCPRPT] 3.2.5.18),
    /// writes beyond it write what fits and report a short write ([MS-OXCPRPT] 3.2.5.13). The specification's
    /// limit is 2^31 (values above are treated as 2^31), and it requires the error beyond that, not that every
    /// size below it works. The store defaults to 64 MiB, a resource limit like a quota: at 2^31, three ROPs
    /// (seek, write one byte, commit) would make it allocate gigabytes. Set it to 2147483648 for the full range.
    /// </summary>
    public long MaximumStreamSize { get; set; } = DefaultMaximumStreamSize;

    /// <summary>The store's default stream limit: 64 MiB.</summary>
    public const long DefaultMaximumStreamSize = 64L << 20;

    /// <summary>
    /// Whether RopOpenStream on a public folder in a mode other than ReadOnly fails with NotSupported.
    /// [MS-OXCPRPT] 3.2.5.11 says SHOULD; product note &lt;11&gt;: Exchange 2003 to 2010 allow it, later versions refuse.
    /// </summary>
    public bool PublicFolderStreamsReadOnly { get; set; } = true;

    /// <summary>
    /// Whether a Folder object stream accepts PtypString and PtypString8 properties besides PtypBinary.
    /// [MS-OXCPRPT] 2.2.14 requires only PtypBinary on folders; current Exchange refuses string properties there.
    /// </summary>
    public bool FolderStreamsAllowStrings { get; set; }

    /// <summary>
    /// Whether each change to a stream opened on a Message or Attachment object reaches that object's working
    /// copy at once (visible through the object's handle before RopCommitStream), or only on RopCommitStream or
    /// the stream's release. [MS-OXCPRPT] 3.1.1 and 3.2.5.13 say the value is then stored as a direct property
    /// change would be (still needing the save), and is available to ROPs on the same object handle at once.
    /// Folder streams always wait for RopCommitStream or release ([MS-OXCPRPT] 3.2.5.13).
    /// </summary>
    public bool MessageStreamWriteThrough { get; set; } = true;

    /// <summary>The ReturnValue of a write that wrote less than requested ([MS-OXCPRPT] 3.2.5.13, &lt;12&gt;).</summary>
    public StreamShortWriteError ShortWriteError { get; set; } = StreamShortWriteError.TooBig;

    /// <summary>
    /// Whether RopCopyToStream is implemented ([MS-OXCPRPT] 3.2.5.19 SHOULD; &lt;13&gt;: not in the initial
    /// release of Exchange 2010). When false it fails with NotSupported.
    /// </summary>
    public bool ImplementCopyToStream { get; set; } = true;

    /// <summary>
    /// Whether RopLockRegionStream and RopUnlockRegionStream are implemented ([MS-OXCPRPT] 3.2.5.21 and 3.2.5.22
    /// MAY; &lt;15&gt; &lt;16&gt;: only Exchange 2003 and 2007 do). On by default so the store can show the rules those
    /// sections give; when false both fail with NotSupported, as on Exchange 2010 and later.
    /// </summary>
    public bool ImplementRegionLocks { get; set; } = true;

    /// <summary>Whether RopWriteAndCommitStream is implemented ([MS-OXCPRPT] 3.2.5.23 MAY; &lt;17&gt;: only Exchange 2003 and 2007 do).</summary>
    public bool ImplementWriteAndCommitStream { get; set; } = true;

    /// <summary>Whether RopCloneStream is implemented ([MS-OXCPRPT] 3.2.5.24 MAY; &lt;18&gt;: only Exchange 2003 and 2007 do).</summary>
    public bool ImplementCloneStream { get; set; } = true;

    /// <summary>The ReturnValue <see cref="ShortWriteError"/> stands for.</summary>
    internal uint ShortWriteReturnValue => ShortWriteError == StreamShortWriteError.StreamSizeError ? ErrorCodes.StreamSizeError : ErrorCodes.TooBig;

    /// <summary><see cref="MaximumStreamSize"/> within the specification's bounds.</summary>
    internal long EffectiveMaximumStreamSize => Math.Clamp(MaximumStreamSize, 0, SpecificationMaximumStreamSize);
}
