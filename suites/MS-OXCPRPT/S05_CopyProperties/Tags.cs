namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Protocol.Data;

/// <summary>The property tags the copy scenarios read and write ([MS-OXPROPS]).</summary>
internal static class Tags
{
    public static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);
    public static readonly PropertyTag Importance = new(0x0017, PropertyType.PtypInteger32);
    public static readonly PropertyTag Sensitivity = new(0x0036, PropertyType.PtypInteger32);

    /// <summary>PidTagRecordKey: read-only for the client and unique per object ([MS-OXCPRPT] 2.2.1.8).</summary>
    public static readonly PropertyTag RecordKey = new(0x0FF9, PropertyType.PtypBinary);

    /// <summary>PidTagComment, a client-writable folder property ([MS-OXCFOLD] 2.2.2.2.2).</summary>
    public static readonly PropertyTag Comment = new(0x3004, PropertyType.PtypString);

    public static readonly PropertyTag AttachLongFilename = new(0x3707, PropertyType.PtypString);
    public static readonly PropertyTag AttachExtension = new(0x3703, PropertyType.PtypString);

    public static TaggedPropertyValue String(PropertyTag tag, string value) => new(tag, PropertyValue.String(value));

    public static TaggedPropertyValue Integer(PropertyTag tag, int value) => new(tag, PropertyValue.Integer32(value));
}
