namespace Conformance.Protocol.Rops.Support;

/// <summary>TableStatus ([MS-OXCTABL] 2.2.2.1.3).</summary>
public enum TableStatus : byte
{
    /// <summary>TBLSTAT_COMPLETE.</summary>
    Complete = 0x00,

    /// <summary>TBLSTAT_SORTING.</summary>
    Sorting = 0x09,

    /// <summary>TBLSTAT_SORT_ERROR.</summary>
    SortError = 0x0A,

    /// <summary>TBLSTAT_SETTING_COLS.</summary>
    SettingColumns = 0x0B,

    /// <summary>TBLSTAT_SETCOL_ERROR.</summary>
    SetColumnsError = 0x0D,

    /// <summary>TBLSTAT_RESTRICTING.</summary>
    Restricting = 0x0E,

    /// <summary>TBLSTAT_RESTRICT_ERROR.</summary>
    RestrictError = 0x0F,
}
