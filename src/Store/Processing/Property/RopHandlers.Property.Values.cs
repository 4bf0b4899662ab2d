namespace Conformance.Store.Processing;

using System.Text;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Store.Model;
using Conformance.Store.Objects;
using Conformance.Store.Processing.Property;

/// <summary>Reading, setting and deleting properties ([MS-OXCPRPT] 3.2.5.1 to 3.2.5.5).</summary>
public static partial class RopHandlers
{
    // RopId, InputHandleIndex, ReturnValue.
    private const int ResponseHeaderSize = 6;

    /// <summary>
    /// RopGetPropertiesSpecific ([MS-OXCPRPT] 3.2.5.1): the requested values in request order. A
    /// property the object lacks, or has in a type the request cannot be given, is answered with
    /// NotFound in a flagged row; a value too large for the response with NotEnoughMemory.
    /// </summary>
    private static RopResponse? GetPropertiesSpecific(RopContext context, RopGetPropertiesSpecificRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        Encoding codePage = PropertyValues.CodePageOf(context.Options, target);

        // Header and the row's Flag, then per column at most a type and a flag before the value.
        int room = context.ResponseRoom - ResponseHeaderSize - 1;
        var cells = new FlaggedPropertyValue[request.PropertyTags.Count];
        bool anyError = false;
        for (int i = 0; i < cells.Length; i++)
        {
            PropertyTag tag = request.PropertyTags[i];
            PropertyValue? value = PropertyValues.Read(target, tag) is { } stored
                ? PropertyValues.AsRequested(stored, tag.PropertyType, request.WantUnicode, codePage)
                : null;

            // [MS-OXCPRPT] 3.2.5.5 / 4.3: a missing property reads as NotFound in place of the value.
            uint? cellError = value is null
                ? ErrorCodes.NotFound
                : PropertyValues.IsTooLarge(value, room - 3, request.PropertySizeLimit, context.Options) ? ErrorCodes.NotEnoughMemory : null;
            if (cellError is uint code)
            {
                anyError = true;

                // [MS-OXCDATA] 2.11.6: for a PtypUnspecified column the type sent is that of the error value.
                cells[i] = FlaggedPropertyValue.Error(tag.PropertyType == PropertyType.PtypUnspecified ? PropertyType.PtypErrorCode : tag.PropertyType, code);
            }
            else
            {
                cells[i] = FlaggedPropertyValue.Available(value!);
                room -= PropertyValues.EncodedSize(value!);
            }
        }

        if (context.Options.Faults.HasFlag(StoreFaults.ReversePropertyOrder))
        {
            ReverseWithinTypes(cells, request.PropertyTags);
        }

        // [MS-OXCDATA] 2.8.1: a standard row when every value is present, a flagged row otherwise.
        PropertyRow row = anyError ? PropertyRow.Flagged(cells) : new PropertyRow(PropertyRowFlag.Standard, cells);
        return new RopGetPropertiesSpecificResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            Columns = request.PropertyTags,
            RowData = row,
        };
    }

    // The ReversePropertyOrder fault: values in reverse order among the columns of each type, so the row still encodes.
    private static void ReverseWithinTypes(FlaggedPropertyValue[] cells, ValueArray<PropertyTag> tags)
    {
        foreach (IGrouping<PropertyType, int> sameType in Enumerable.Range(0, cells.Length).GroupBy(i => tags[i].PropertyType))
        {
            int[] positions = [.. sameType];
            FlaggedPropertyValue[] values = [.. positions.Select(i => cells[i]).Reverse()];
            for (int k = 0; k < positions.Length; k++)
            {
                cells[positions[k]] = values[k];
            }
        }
    }

    /// <summary>
    /// RopGetPropertiesAll ([MS-OXCPRPT] 3.2.5.2): every property of the object, set by client or server
    /// or computed; strings in the width WantUnicode asks for; a value too large for the response is
    /// sent as PtypErrorCode NotEnoughMemory (2.2.3.2).
    /// </summary>
    private static RopResponse? GetPropertiesAll(RopContext context, RopGetPropertiesAllRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        Encoding codePage = PropertyValues.CodePageOf(context.Options, target);

        // Header and PropertyValueCount; each value also carries its 4-byte tag.
        int room = context.ResponseRoom - ResponseHeaderSize - 2;
        var values = new List<TaggedPropertyValue>();
        foreach (TaggedPropertyValue stored in PropertyValues.All(target))
        {
            PropertyValue value = PropertyValues.AsRequested(stored.PropertyValue, PropertyType.PtypUnspecified, request.WantUnicode, codePage)!;
            if (PropertyValues.IsTooLarge(value, room - PropertyTag.Size, request.PropertySizeLimit, context.Options))
            {
                values.Add(new TaggedPropertyValue(stored.PropertyTag.PropertyId, PropertyValue.ErrorCode(ErrorCodes.NotEnoughMemory)));
                room -= PropertyTag.Size + 4;
            }
            else
            {
                values.Add(new TaggedPropertyValue(stored.PropertyTag.PropertyId, value));
                room -= PropertyTag.Size + PropertyValues.EncodedSize(value);
            }
        }

        return new RopGetPropertiesAllResponse { InputHandleIndex = request.InputHandleIndex, PropertyValues = values.ToArray() };
    }

    /// <summary>RopGetPropertiesList ([MS-OXCPRPT] 3.2.5.3): the tag of every property currently set on the object, computed ones included.</summary>
    private static RopResponse? GetPropertiesList(RopContext context, RopGetPropertiesListRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        return new RopGetPropertiesListResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            PropertyTags = PropertyValues.All(target).Select(v => v.PropertyTag).ToArray(),
        };
    }

    private static RopResponse? SetProperties(RopContext context, RopSetPropertiesRequest request) =>
        SetValues(context, request, replicate: true, out ValueArray<PropertyProblem> problems) is var error && error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopSetPropertiesResponse { InputHandleIndex = request.InputHandleIndex, PropertyProblems = problems };

    // [MS-OXCPRPT] 2.2.6: the same as RopSetProperties; only folder replication differs.
    private static RopResponse? SetPropertiesNoReplicate(RopContext context, RopSetPropertiesNoReplicateRequest request) =>
        SetValues(context, request, replicate: false, out ValueArray<PropertyProblem> problems) is var error && error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopSetPropertiesNoReplicateResponse { InputHandleIndex = request.InputHandleIndex, PropertyProblems = problems };

    /// <summary>
    /// RopSetProperties ([MS-OXCPRPT] 3.2.5.4): sets each client-writable value; the others are listed
    /// as property problems (or disregarded, <see cref="StoreOptions.ReadOnlyProperties"/>). Folder and
    /// logon changes are stored at once, message and attachment changes go to the handle's working copy.
    /// </summary>
    private static uint SetValues(RopContext context, PropertyValuesRequest request, bool replicate, out ValueArray<PropertyProblem> problemList)
    {
        problemList = default;
        uint error = ResolveWritable(context, request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        var problems = new List<PropertyProblem>();
        var accepted = new List<TaggedPropertyValue>();
        for (int i = 0; i < request.PropertyValues.Count; i++)
        {
            TaggedPropertyValue value = request.PropertyValues[i];
            uint? problem = SetProblem(context, target, value.PropertyTag);
            if (problem is uint code)
            {
                if (code != ErrorCodes.Success)
                {
                    problems.Add(new PropertyProblem((ushort)i, value.PropertyTag, code));
                }

                continue;
            }

            accepted.Add(value);
        }

        foreach (TaggedPropertyValue value in accepted)
        {
            target.Properties.Set(value.PropertyTag.PropertyId, value.PropertyValue);
        }

        OnChanged(context, target, accepted.Count > 0, replicate);
        problemList = problems.ToArray();
        return ErrorCodes.Success;
    }

    /// <summary>The property object at the index, when the client may change it: a message or attachment opened read-only refuses changes with AccessDenied.</summary>
    private static uint ResolveWritable(RopContext context, byte handleIndex, out PropertyObject target)
    {
        uint error = context.Resolve(handleIndex, out target);
        return error != ErrorCodes.Success ? error : target.IsWritable ? ErrorCodes.Success : ErrorCodes.AccessDenied;
    }

    /// <summary>
    /// Why a property cannot be set or deleted by the client: null when it can; Success when it is to be
    /// disregarded silently; otherwise the problem's error code.
    /// </summary>
    private static uint? SetProblem(RopContext context, PropertyObject target, PropertyTag tag)
    {
        // [MS-OXCPRPT] 3.2.5.4: a read-only property is never set to the client's value.
        if (target.IsReadOnlyProperty(tag.PropertyId) || target.ComputedPropertyIds.Contains(tag.PropertyId))
        {
            return context.Options.ReadOnlyProperties == ReadOnlyPropertyHandling.Ignore ? ErrorCodes.Success : ErrorCodes.AccessDenied;
        }

        // PidTagNull (ID 0) names no property; error and object values are not client data ([MS-OXCDATA] 2.11.1).
        if (tag.PropertyId == 0)
        {
            return ErrorCodes.InvalidParameter;
        }

        if (tag.PropertyType is PropertyType.PtypErrorCode or PropertyType.PtypObject or PropertyType.PtypNull)
        {
            return ErrorCodes.InvalidType;
        }

        // A named-range ID the store never assigned names no property ([MS-OXCPRPT] 2.2.13).
        if (tag.IsNamed && !target.Logon.Store.NamedProperties.TryGetName(tag.PropertyId, out _))
        {
            return ErrorCodes.UnexpectedId;
        }

        return null;
    }

    /// <summary>What a property change implies beyond the value: folder changes are saved at once and move the folder's change tracking on.</summary>
    private static void OnChanged(RopContext context, PropertyObject target, bool changed, bool replicate)
    {
        // [MS-OXCPRPT] 2.2.6 / 2.2.8: NoReplicate changes do not take part in folder replication, so they
        // do not produce a new change (PidTagChangeKey, PidTagLastModificationTime stay).
        if (changed && replicate && target is FolderObject folder)
        {
            ServerMaintainedProperties.OnFolderChanged(context, folder.Folder.Properties, folder.Logon.Store);
        }
    }

    private static RopResponse? DeleteProperties(RopContext context, RopDeletePropertiesRequest request) =>
        DeleteValues(context, request, replicate: true, out ValueArray<PropertyProblem> problems) is var error && error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopDeletePropertiesResponse { InputHandleIndex = request.InputHandleIndex, PropertyProblems = problems };

    // [MS-OXCPRPT] 2.2.8: the same as RopDeleteProperties; only folder replication differs.
    private static RopResponse? DeletePropertiesNoReplicate(RopContext context, RopDeletePropertiesNoReplicateRequest request) =>
        DeleteValues(context, request, replicate: false, out ValueArray<PropertyProblem> problems) is var error && error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopDeletePropertiesNoReplicateResponse { InputHandleIndex = request.InputHandleIndex, PropertyProblems = problems };

    /// <summary>
    /// RopDeleteProperties ([MS-OXCPRPT] 3.2.5.5): removes each client-writable property (absent ones
    /// need nothing); read-only ones are problems. Same save model as RopSetProperties.
    /// </summary>
    private static uint DeleteValues(RopContext context, PropertyTagsRequest request, bool replicate, out ValueArray<PropertyProblem> problemList)
    {
        problemList = default;
        uint error = ResolveWritable(context, request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return error;
        }

        var problems = new List<PropertyProblem>();
        var accepted = new List<ushort>();
        for (int i = 0; i < request.PropertyTags.Count; i++)
        {
            PropertyTag tag = request.PropertyTags[i];
            if (target.IsReadOnlyProperty(tag.PropertyId) || target.ComputedPropertyIds.Contains(tag.PropertyId))
            {
                if (context.Options.ReadOnlyProperties == ReadOnlyPropertyHandling.PropertyProblem)
                {
                    problems.Add(new PropertyProblem((ushort)i, tag, ErrorCodes.AccessDenied));
                }

                continue;
            }

            accepted.Add(tag.PropertyId);
        }

        bool changed = false;
        foreach (ushort id in accepted)
        {
            changed |= target.Properties.Remove(id);
        }

        OnChanged(context, target, changed, replicate);
        problemList = problems.ToArray();
        return ErrorCodes.Success;
    }
}
