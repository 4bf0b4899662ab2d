namespace Conformance.Protocol.Data;

/// <summary>
/// The bits of RecipientFlags ([MS-OXCDATA] 2.8.3.1), as a little-endian 16-bit value: the low three
/// bits are the <see cref="RecipientRowType"/> (<see cref="TypeMask"/>); the letters are the
/// specification's names. Reserved bits are kept as sent.
/// </summary>
[Flags]
public enum RecipientFlags : ushort
{
    None = 0x0000,

    /// <summary>Mask of the Type field.</summary>
    TypeMask = 0x0007,

    /// <summary>EmailAddress is present.</summary>
    E = 0x0008,

    /// <summary>DisplayName is present.</summary>
    D = 0x0010,

    /// <summary>TransmittableDisplayName is present.</summary>
    T = 0x0020,

    /// <summary>TransmittableDisplayName equals DisplayName.</summary>
    S = 0x0040,

    /// <summary>Another transport delivers to this recipient.</summary>
    R = 0x0080,

    /// <summary>The recipient does not take rich text.</summary>
    N = 0x0100,

    /// <summary>The strings are UTF-16LE; otherwise 8-bit.</summary>
    U = 0x0200,

    /// <summary>SimpleDisplayName is present.</summary>
    I = 0x0400,

    /// <summary>Mask of the four reserved bits.</summary>
    Reserved = 0x7800,

    /// <summary>A non-standard address type: AddressType is present (with Type NoType).</summary>
    O = 0x8000,
}
