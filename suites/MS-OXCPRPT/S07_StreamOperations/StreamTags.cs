namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Protocol.Data;

/// <summary>The properties the stream scenarios open streams on ([MS-OXPROPS] names and IDs).</summary>
public static class StreamTags
{
    /// <summary>PidTagRtfCompressed: a PtypBinary property of Message objects.</summary>
    public static readonly PropertyTag MessageBinary = new(0x1009, PropertyType.PtypBinary);

    /// <summary>PidTagHtml: a second PtypBinary property of Message objects.</summary>
    public static readonly PropertyTag MessageHtml = new(0x1013, PropertyType.PtypBinary);

    /// <summary>PidTagBody: a PtypString property of Message objects.</summary>
    public static readonly PropertyTag MessageBody = new(0x1000, PropertyType.PtypString);

    /// <summary>PidTagExtendedFolderFlags: a PtypBinary property of Folder objects.</summary>
    public static readonly PropertyTag FolderBinary = new(0x36DA, PropertyType.PtypBinary);

    /// <summary>PidTagAttachDataBinary: the PtypBinary content of an Attachment object.</summary>
    public static readonly PropertyTag AttachmentBinary = new(0x3701, PropertyType.PtypBinary);
}
