namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;

/// <summary>The kinds of object RopCopyProperties and RopCopyTo copy between ([MS-OXCPRPT] 2.2.10, 2.2.11).</summary>
public enum CopyObjectKind
{
    Unknown,
    Folder,
    Message,
    Attachment,
}

/// <summary>
/// Property operations that keep the client's side of [MS-OXCPRPT]: they refuse, before anything is sent,
/// the requests a client must not (or should not) build. The codec itself stays able to send such requests,
/// for negative tests that go through <see cref="RunAsync"/>.
/// </summary>
public sealed partial class MailboxClient
{
    /// <summary>
    /// The common object properties [MS-OXCPRPT] 2.2.1.1 to 2.2.1.9 call read-only for the client
    /// (property IDs from [MS-OXPROPS]): PidTagAccess, PidTagAccessLevel, PidTagChangeKey, PidTagCreationTime,
    /// PidTagLastModifierName, PidTagLastModificationTime, PidTagObjectType, PidTagRecordKey, PidTagSearchKey.
    /// </summary>
    public static readonly IReadOnlySet<ushort> ReadOnlyCommonPropertyIds = new HashSet<ushort>
    {
        0x0FF4, 0x0FF7, 0x65E2, 0x3007, 0x3FFA, 0x3008, 0x0FFE, 0x0FF9, 0x300B,
    };

    // PidTagObjectType ([MS-OXCPRPT] 2.2.1.7) tells Message (5) from Attachment (7) objects; folders do not
    // carry it but carry PidTagFolderType ([MS-OXCFOLD] 2.2.2.2.1.2), which messages and attachments lack.
    private static readonly PropertyTag ObjectTypeTag = new(0x0FFE, PropertyType.PtypInteger32);
    private static readonly PropertyTag FolderTypeTag = new(0x3601, PropertyType.PtypInteger32);

    /// <summary>
    /// RopSetProperties that leaves read-only properties out, as [MS-OXCPRPT] 3.1.4.3 asks of clients: a value
    /// naming one of <see cref="ReadOnlyCommonPropertyIds"/> is refused before anything is sent.
    /// </summary>
    public Task<ValueArray<PropertyProblem>> SetWritablePropertiesAsync(byte index, params TaggedPropertyValue[] values)
    {
        TaggedPropertyValue? readOnly = values.FirstOrDefault(v => ReadOnlyCommonPropertyIds.Contains(v.PropertyTag.PropertyId));
        return readOnly is null
            ? SetPropertiesAsync(index, values)
            : throw new ArgumentException($"{readOnly.PropertyTag} is read-only for the client ([MS-OXCPRPT] 2.2.1)", nameof(values));
    }

    /// <summary>
    /// Synchronous RopCopyProperties from the object at <paramref name="source"/> to the one at
    /// <paramref name="destination"/>. Refused before the copy is sent when Move and NoOverwrite are combined
    /// ([MS-OXCPRPT] 2.2.10.1) or when the two objects are not of one type ([MS-OXCPRPT] 2.2.10).
    /// </summary>
    public async Task<ValueArray<PropertyProblem>> CopyPropertiesAsync(byte source, byte destination, CopyFlags flags, params PropertyTag[] tags)
    {
        await CheckCopyAsync(source, destination, flags).ConfigureAwait(false);
        RopCopyPropertiesResponse copied = await ExpectAsync<RopCopyPropertiesResponse>(new RopCopyPropertiesRequest
        {
            SourceHandleIndex = source, DestHandleIndex = destination, WantAsynchronous = false, CopyFlags = flags, PropertyTags = tags,
        }).ConfigureAwait(false);
        return copied.PropertyProblems;
    }

    /// <summary>
    /// Synchronous RopCopyTo of every property but <paramref name="excludedTags"/>, with the same checks as
    /// <see cref="CopyPropertiesAsync"/> ([MS-OXCPRPT] 2.2.11.1, 3.2.5.8).
    /// </summary>
    public async Task<ValueArray<PropertyProblem>> CopyToAsync(byte source, byte destination, CopyFlags flags, bool wantSubObjects, params PropertyTag[] excludedTags)
    {
        await CheckCopyAsync(source, destination, flags).ConfigureAwait(false);
        RopCopyToResponse copied = await ExpectAsync<RopCopyToResponse>(new RopCopyToRequest
        {
            SourceHandleIndex = source, DestHandleIndex = destination, WantAsynchronous = false, WantSubObjects = wantSubObjects, CopyFlags = flags, ExcludedTags = excludedTags,
        }).ConfigureAwait(false);
        return copied.PropertyProblems;
    }

    /// <summary>The kinds of the objects at <paramref name="first"/> and <paramref name="second"/>, asked in one ROP buffer.</summary>
    public async Task<(CopyObjectKind First, CopyObjectKind Second)> CopyObjectKindsAsync(byte first, byte second)
    {
        IReadOnlyList<RopResponse> responses = await RunAllAsync(
            new RopGetPropertiesSpecificRequest { InputHandleIndex = first, WantUnicode = true, PropertyTags = new[] { ObjectTypeTag, FolderTypeTag } },
            new RopGetPropertiesSpecificRequest { InputHandleIndex = second, WantUnicode = true, PropertyTags = new[] { ObjectTypeTag, FolderTypeTag } }).ConfigureAwait(false);
        return (KindOf(responses.ElementAtOrDefault(0)), KindOf(responses.ElementAtOrDefault(1)));
    }

    private async Task CheckCopyAsync(byte source, byte destination, CopyFlags flags)
    {
        if (flags.HasFlag(CopyFlags.Move) && flags.HasFlag(CopyFlags.NoOverwrite))
        {
            throw new ArgumentException("Move and NoOverwrite are not to be combined ([MS-OXCPRPT] 2.2.10.1, 2.2.11.1)", nameof(flags));
        }

        (CopyObjectKind from, CopyObjectKind to) = await CopyObjectKindsAsync(source, destination).ConfigureAwait(false);
        if (from == CopyObjectKind.Unknown || from != to)
        {
            throw new InvalidOperationException($"the copy source is a {from} object and the destination a {to} object; they must be Folder, Message or Attachment objects of one type ([MS-OXCPRPT] 2.2.10, 3.2.5.8)");
        }
    }

    private static CopyObjectKind KindOf(RopResponse? response)
    {
        if (response is not RopGetPropertiesSpecificResponse { ReturnValue: 0 } found || found.RowData.ValueArray.Count != 2)
        {
            return CopyObjectKind.Unknown;
        }

        FlaggedPropertyValue objectType = found.RowData.ValueArray[0];
        FlaggedPropertyValue folderType = found.RowData.ValueArray[1];
        if (objectType.Flag == FlaggedPropertyValueFlag.Available && objectType.Value == PropertyValue.Integer32(5))
        {
            return CopyObjectKind.Message;
        }

        if (objectType.Flag == FlaggedPropertyValueFlag.Available && objectType.Value == PropertyValue.Integer32(7))
        {
            return CopyObjectKind.Attachment;
        }

        return folderType.Flag == FlaggedPropertyValueFlag.Available && folderType.Value?.Type == PropertyType.PtypInteger32 ? CopyObjectKind.Folder : CopyObjectKind.Unknown;
    }
}
