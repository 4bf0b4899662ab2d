namespace Conformance.Protocol.IdSets;

/// <summary>
/// The command bytes of a serialized GLOBSET ([MS-OXCFXICS] 2.2.2.6). A Push command is any value
/// from <see cref="PushFirst"/> to <see cref="PushLast"/>: the value is the number of bytes pushed.
/// </summary>
public static class GlobsetCommand
{
    /// <summary>End of the GLOBSET ([MS-OXCFXICS] 2.2.2.6.5).</summary>
    public const byte End = 0x00;

    /// <summary>Push of one common byte ([MS-OXCFXICS] 2.2.2.6.1).</summary>
    public const byte PushFirst = 0x01;

    /// <summary>Push of six common bytes, which is a whole GLOBCNT ([MS-OXCFXICS] 2.2.2.6.1).</summary>
    public const byte PushLast = 0x06;

    /// <summary>Up to five ranges below one five-byte prefix ([MS-OXCFXICS] 2.2.2.6.3).</summary>
    public const byte Bitmask = 0x42;

    /// <summary>Removes the bytes of the latest Push ([MS-OXCFXICS] 2.2.2.6.2).</summary>
    public const byte Pop = 0x50;

    /// <summary>One range below the current prefix ([MS-OXCFXICS] 2.2.2.6.4).</summary>
    public const byte Range = 0x52;

    /// <summary>A GLOBCNT has six bytes, so the common byte stack never holds more.</summary>
    public const int GlobcntSize = 6;
}
