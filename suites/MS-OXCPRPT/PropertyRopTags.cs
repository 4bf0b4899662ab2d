namespace Conformance.Suites.OXCPRPT;

using Conformance.Protocol.Data;

/// <summary>The property tags and names the property ROP scenarios use ([MS-OXPROPS] for the IDs).</summary>
internal static class PropertyRopTags
{
    /// <summary>PidTagAccess, 2.2.1.1: computed, read-only for the client.</summary>
    public static readonly PropertyTag Access = new(0x0FF4, PropertyType.PtypInteger32);

    /// <summary>PidTagAccessLevel, 2.2.1.2.</summary>
    public static readonly PropertyTag AccessLevel = new(0x0FF7, PropertyType.PtypInteger32);

    /// <summary>PidTagObjectType, 2.2.1.7.</summary>
    public static readonly PropertyTag ObjectType = new(0x0FFE, PropertyType.PtypInteger32);

    /// <summary>PidTagRecordKey, 2.2.1.8.</summary>
    public static readonly PropertyTag RecordKey = new(0x0FF9, PropertyType.PtypBinary);

    /// <summary>PidTagCreationTime, 2.2.1.4.</summary>
    public static readonly PropertyTag CreationTime = new(0x3007, PropertyType.PtypTime);

    public static readonly PropertyTag Subject = new(0x0037, PropertyType.PtypString);

    /// <summary>PidTagComment: a writable string of folders ([MS-OXCFOLD] 2.2.2.2.2).</summary>
    public static readonly PropertyTag Comment = new(0x3004, PropertyType.PtypString);

    /// <summary>PidTagAttachLongFilename: a writable string of attachments ([MS-OXCMSG] 2.2.2.10).</summary>
    public static readonly PropertyTag AttachLongFilename = new(0x3707, PropertyType.PtypString);

    /// <summary>The property set of the conformance suites' own named properties.</summary>
    public static readonly Guid ConformanceSet = new("5c0f7a4e-2b1d-4c6a-9e83-0d1f6b2a7c11");

    /// <summary>A string-named property every object type accepts: the suites' probe.</summary>
    public static readonly PropertyName TextProbe = PropertyName.FromName(PropertyName.PsPublicStrings, "conformance-prpt-text-probe");

    /// <summary>A LID-named property for integer values.</summary>
    public static readonly PropertyName NumberProbe = PropertyName.FromLid(ConformanceSet, 0x0000C001);
}
