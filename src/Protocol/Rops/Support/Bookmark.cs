namespace Conformance.Protocol.Rops.Support;

/// <summary>The predefined bookmarks ([MS-OXCTABL] 2.2.2.1.1), used in the Origin of RopQueryRows.</summary>
public enum Bookmark : byte
{
    /// <summary>BOOKMARK_BEGINNING.</summary>
    Beginning = 0x00,

    /// <summary>BOOKMARK_CURRENT.</summary>
    Current = 0x01,

    /// <summary>BOOKMARK_END.</summary>
    End = 0x02,
}
