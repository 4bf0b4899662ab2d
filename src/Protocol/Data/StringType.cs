namespace Conformance.Protocol.Data;

/// <summary>The StringType of a TypedString ([MS-OXCDATA] 2.11.7): whether a string follows and how it is encoded.</summary>
public enum StringType : byte
{
    /// <summary>No string is present.</summary>
    None = 0x00,

    /// <summary>The string is empty; no bytes follow.</summary>
    Empty = 0x01,

    /// <summary>A null-terminated 8-bit character string follows.</summary>
    CharacterString = 0x02,

    /// <summary>A null-terminated reduced Unicode string follows: one byte per character, the high byte dropped.</summary>
    ReducedUnicodeCharacterString = 0x03,

    /// <summary>A null-terminated UTF-16LE string follows.</summary>
    UnicodeCharacterString = 0x04,
}
