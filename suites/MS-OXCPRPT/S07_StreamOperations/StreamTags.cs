namespace Conformance.Suites.OXCPRPT.S07_StreamOperations;

using Conformance.Protocol.Data;

/// <summary>The properties the stream scenarios open streams on ([MS-OXPROPS] names and IDs).</summary>
public static class StreamTags
{
    /// <summary>
    /// A PtypBinary message property in the range [MS-OXPROPS] 1.3.3 leaves to clients (0x6000 to 0x65FF), so no
    /// server gives its bytes a meaning (as it would converting PidTagRtfCompressed or PidTagHtml into a body).
    /// </summary>
    public static readonly PropertyTag MessageBinary = new(0x6101, PropertyType.PtypBinary);

    /// <summary>A second client-defined PtypBinary message property, like <see cref="MessageBinary"/>.</summary>
    public static readonly PropertyTag MessageSecondBinary = new(0x6102, PropertyType.PtypBinary);

    /// <summary>PidTagExtendedFolderFlags: a PtypBinary property of Folder objects.</summary>
    public static readonly PropertyTag FolderBinary = new(0x36DA, PropertyType.PtypBinary);

    /// <summary>PidTagAttachDataBinary: the PtypBinary content of an Attachment object.</summary>
    public static readonly PropertyTag AttachmentBinary = new(0x3701, PropertyType.PtypBinary);
}
