namespace Conformance.Protocol.Data;

/// <summary>The Flag of a FlaggedPropertyValue ([MS-OXCDATA] 2.11.5).</summary>
public enum FlaggedPropertyValueFlag : byte
{
    /// <summary>The value follows.</summary>
    Available = 0x00,

    /// <summary>No value follows: the property is not available.</summary>
    NotAvailable = 0x01,

    /// <summary>A 4-byte error code follows in place of the value.</summary>
    Error = 0x0A,
}
