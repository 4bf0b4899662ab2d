namespace Conformance.Protocol.Data;

/// <summary>The Kind of a PropertyName ([MS-OXCDATA] 2.6.1).</summary>
public enum PropertyNameKind : byte
{
    /// <summary>MNID_ID: identified by the LID field.</summary>
    Lid = 0x00,

    /// <summary>MNID_STRING: identified by the Name field.</summary>
    Name = 0x01,

    /// <summary>The property has no associated name.</summary>
    None = 0xFF,
}
