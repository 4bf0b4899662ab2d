namespace Conformance.Suites.OXCPRPT.S90_ClientObligations;

using Conformance.Protocol.Data;

/// <summary>Property tags these tests use ([MS-OXPROPS]).</summary>
internal static class Tags
{
    /// <summary>PidTagSubject, PtypString.</summary>
    public static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);

    /// <summary>PidTagImportance, PtypInteger32.</summary>
    public static readonly PropertyTag Importance = new(0x0017, PropertyType.PtypInteger32);

    /// <summary>PidTagSensitivity, PtypInteger32.</summary>
    public static readonly PropertyTag Sensitivity = new(0x0036, PropertyType.PtypInteger32);

    /// <summary>PidTagBody, PtypString: streamed on messages ([MS-OXCPRPT] 2.2.14).</summary>
    public static readonly PropertyTag Body = new(0x1000, PropertyType.PtypString);

    /// <summary>PidTagExtendedFolderFlags, PtypBinary: streamed on folders ([MS-OXCPRPT] 2.2.14 requires PtypBinary there).</summary>
    public static readonly PropertyTag ExtendedFolderFlags = new(0x36DA, PropertyType.PtypBinary);

    /// <summary>PidTagObjectType, PtypInteger32, read-only for the client ([MS-OXCPRPT] 2.2.1.7).</summary>
    public static readonly PropertyTag ObjectType = new(0x0FFE, PropertyType.PtypInteger32);

    /// <summary>PidTagCreationTime, PtypTime, read-only for the client ([MS-OXCPRPT] 2.2.1.4).</summary>
    public static readonly PropertyTag CreationTime = new(0x3007, PropertyType.PtypTime);
}
