namespace Conformance.Protocol.Data;

/// <summary>The Flag that starts a PropertyRow ([MS-OXCDATA] 2.8.1).</summary>
public enum PropertyRowFlag : byte
{
    /// <summary>StandardPropertyRow: every value is present.</summary>
    Standard = 0x00,

    /// <summary>FlaggedPropertyRow: each value carries its own flag.</summary>
    Flagged = 0x01,
}
