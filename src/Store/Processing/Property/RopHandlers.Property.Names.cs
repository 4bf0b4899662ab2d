namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Store.Model;
using Conformance.Store.Objects;

/// <summary>The named-property mapping ROPs ([MS-OXCPRPT] 3.2.5.6, 3.2.5.9, 3.2.5.10).</summary>
public static partial class RopHandlers
{
    /// <summary>RopId, InputHandleIndex, ReturnValue and PropertyIdCount of a RopGetPropertyIdsFromNames response.</summary>
    private const int GetPropertyIdsFromNamesHeadSize = 8;

    /// <summary>The hard limit of registered named properties ([MS-OXCPRPT] 3.2.5.10: 15 significant bits).</summary>
    private const int MaximumNamedProperties = 32767;

    /// <summary>
    /// RopQueryNamedProperties ([MS-OXCPRPT] 3.2.5.6): the registered named properties of the object's
    /// store with their IDs, without string names when NoStrings is set, without LID names when NoIds
    /// is set, and only those of PropertyGuid when it is present. Other QueryFlags bits are ignored.
    /// Valid on Logon objects too (Appendix A note 1: only Exchange 2003 and 2007 refuse them).
    /// </summary>
    private static RopResponse? QueryNamedProperties(RopContext context, RopQueryNamedPropertiesRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        bool noStrings = (request.QueryFlags & QueryFlags.NoStrings) != 0;
        bool noIds = (request.QueryFlags & QueryFlags.NoIds) != 0;
        var matches = target.Logon.Store.NamedProperties.All
            .Where(entry => !(noStrings && entry.Name.Kind == PropertyNameKind.Name))
            .Where(entry => !(noIds && entry.Name.Kind == PropertyNameKind.Lid))
            .Where(entry => request.PropertyGuid is not Guid guid || entry.Name.Guid == guid)
            .ToArray();
        return new RopQueryNamedPropertiesResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            PropertyIds = matches.Select(m => m.PropertyId).ToArray(),
            PropertyNames = matches.Select(m => m.Name).ToArray(),
        };
    }

    /// <summary>
    /// RopGetPropertyIdsFromNames ([MS-OXCPRPT] 3.2.5.10): the ID of each name in request order; PS_MAPI
    /// LID names give the LID itself; PS_INTERNET_HEADERS string names are matched lower-case; unknown
    /// names get a new ID when Flags has Create, else 0x0000 (and the ReturnValue ErrorsReturned warning,
    /// [MS-OXCDATA] 2.4.3). A request that needs more new IDs than the limit leaves fails with OutOfMemory
    /// and registers none. With no names, a Logon object lists every registered ID.
    /// </summary>
    private static RopResponse? GetPropertyIdsFromNames(RopContext context, RopGetPropertyIdsFromNamesRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        NamedPropertyMap map = target.Logon.Store.NamedProperties;
        if (request.PropertyNames.Count == 0)
        {
            bool enumerate = target is LogonObject || context.Options.EnumerateNamedPropertiesOnAnyObject;
            ushort[] all = enumerate ? map.All.Select(entry => entry.PropertyId).ToArray() : [];

            // The list can outgrow the output buffer; the ROP then goes back unprocessed ([MS-OXCROPS] 2.2.15.1).
            int size = GetPropertyIdsFromNamesHeadSize + (2 * all.Length);
            if (size > context.ResponseRoom)
            {
                return new RopResponseDoesNotFit(RopId.RopGetPropertyIdsFromNames, size);
            }

            return new RopGetPropertyIdsFromNamesResponse
            {
                InputHandleIndex = request.InputHandleIndex,
                PropertyIds = all,
            };
        }

        bool create = (request.Flags & GetPropertyIdsFromNamesFlags.Create) != 0;
        int limit = Math.Clamp(context.Options.NamedPropertyLimit, 0, MaximumNamedProperties);
        var ids = new ushort[request.PropertyNames.Count];
        var toCreate = new List<(int Index, PropertyName Name)>();
        for (int i = 0; i < ids.Length; i++)
        {
            PropertyName name = Canonical(request.PropertyNames[i]);
            if (name.Guid == PropertyName.PsMapi)
            {
                // [MS-OXCPRPT] 3.2.5.10 step 1 and 2.2.12.2: a PS_MAPI name is its LID; a PS_MAPI string
                // name cannot be mapped. Only tagged-range LIDs name a property ID.
                ids[i] = name.Kind == PropertyNameKind.Lid && name.Lid is uint lid and > 0 and < NamedPropertyMap.FirstNamedId ? (ushort)lid : (ushort)0;
            }
            else if (map.TryGetId(name, out ushort id))
            {
                ids[i] = id;
            }
            else if (create && name.Kind != PropertyNameKind.None)
            {
                toCreate.Add((i, name));
            }
        }

        int newNames = toCreate.Select(c => c.Name).Distinct().Count();
        if (newNames > map.Remaining(limit))
        {
            // [MS-OXCPRPT] 3.2.5.10: past the limit the ROP fails with OutOfMemory; nothing is registered.
            return context.Fail(ErrorCodes.OutOfMemory);
        }

        // The same new name twice in one request gets one ID: the second finds the first's.
        foreach ((int index, PropertyName name) in toCreate)
        {
            ids[index] = map.TryGetId(name, out ushort existing) ? existing : map.Add(name, limit) ?? 0;
        }

        return new RopGetPropertyIdsFromNamesResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            ReturnValue = ids.Contains((ushort)0) ? ErrorCodes.ErrorsReturned : ErrorCodes.Success,
            PropertyIds = ids,
        };
    }

    // [MS-OXCPRPT] 3.2.5.10 step 1: PS_INTERNET_HEADERS string names are coerced to lower case.
    private static PropertyName Canonical(PropertyName name) =>
        name.Guid == NamedPropertyMap.PsInternetHeaders && name.Kind == PropertyNameKind.Name && name.Name is { } text
            ? PropertyName.FromName(name.Guid, text.ToLowerInvariant())
            : name;

    /// <summary>
    /// RopGetNamesFromPropertyIds ([MS-OXCPRPT] 3.2.5.9): per ID, a PS_MAPI LID name below 0x8000, the
    /// registered name above, or Kind 0xFF for an ID nothing is registered for.
    /// </summary>
    private static RopResponse? GetNamesFromPropertyIds(RopContext context, RopGetNamesFromPropertyIdsRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject target);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        NamedPropertyMap map = target.Logon.Store.NamedProperties;
        var names = new PropertyName[request.PropertyIds.Count];
        for (int i = 0; i < names.Length; i++)
        {
            ushort id = request.PropertyIds[i];
            names[i] = id < NamedPropertyMap.FirstNamedId
                ? PropertyName.FromLid(PropertyName.PsMapi, id)
                : map.TryGetName(id, out PropertyName name)
                    ? name

                    // [MS-OXCPRPT] 3.2.5.9 step 3 wants Kind 0xFF and nothing else; [MS-OXCDATA] 2.6.1 still
                    // carries the GUID field, sent as zeros.
                    : PropertyName.NoName(Guid.Empty);
        }

        return new RopGetNamesFromPropertyIdsResponse { InputHandleIndex = request.InputHandleIndex, PropertyNames = names };
    }
}
