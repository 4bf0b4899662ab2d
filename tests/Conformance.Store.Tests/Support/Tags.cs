namespace Conformance.Store.Tests.Support;

using Conformance.Protocol.Data;

/// <summary>Property tags the Support tests read, with the IDs and types of [MS-OXPROPS].</summary>
internal static class Tags
{
    public static readonly PropertyTag DisplayName = new(0x3001001F);
    public static readonly PropertyTag FolderId = new(0x67480014);
    public static readonly PropertyTag Mid = new(0x674A0014);
    public static readonly PropertyTag MessageClass = new(0x001A001F);
    public static readonly PropertyTag MessageFlags = new(0x0E070003);
    public static readonly PropertyTag Importance = new(0x00170003);
    public static readonly PropertyTag Sensitivity = new(0x00360003);
    public static readonly PropertyTag TrustSender = new(0x0E790003);
    public static readonly PropertyTag DisplayTo = new(0x0E04001F);
    public static readonly PropertyTag HasAttachments = new(0x0E1B000B);
    public static readonly PropertyTag HasNamedProperties = new(0x664A000B);
    public static readonly PropertyTag Associated = new(0x67AA000B);
    public static readonly PropertyTag FolderType = new(0x36010003);
    public static readonly PropertyTag ContentCount = new(0x36020003);
    public static readonly PropertyTag Subject = new(0x0037001F);
    public static readonly PropertyTag ClientSubmitTime = new(0x00390040);

    /// <summary>The value of column <paramref name="index"/> of <paramref name="row"/>.</summary>
    public static T Value<T>(PropertyRow row, int index) => ((PropertyValue<T>)row.ValueArray[index].Value!).Value;
}
