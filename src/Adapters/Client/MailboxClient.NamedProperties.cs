namespace Conformance.Adapters.Client;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;

/// <summary>The named-property ROPs ([MS-OXCPRPT] 2.2.9, 2.2.12, 2.2.13) as a client sends them.</summary>
public sealed partial class MailboxClient
{
    /// <summary>
    /// RopGetPropertyIdsFromNames on the object at <paramref name="index"/>. The warning ErrorsReturned
    /// (some names not mapped) still carries the IDs, so it is returned rather than thrown; any other
    /// nonzero ReturnValue throws <see cref="RopFailedException"/>.
    /// </summary>
    public async Task<RopGetPropertyIdsFromNamesResponse> GetPropertyIdsFromNamesAsync(byte index, GetPropertyIdsFromNamesFlags flags, params PropertyName[] names)
    {
        RopResponse response = await RunAsync(new RopGetPropertyIdsFromNamesRequest { InputHandleIndex = index, Flags = flags, PropertyNames = names }).ConfigureAwait(false);
        return response is RopGetPropertyIdsFromNamesResponse ids ? ids : Success<RopGetPropertyIdsFromNamesResponse>(response);
    }

    /// <summary>The property ID of each name, registering the names that have none (Flags 0x02).</summary>
    public async Task<ValueArray<ushort>> RegisterNamedPropertiesAsync(byte index, params PropertyName[] names) =>
        (await GetPropertyIdsFromNamesAsync(index, GetPropertyIdsFromNamesFlags.Create, names).ConfigureAwait(false)).PropertyIds;

    /// <summary>RopGetNamesFromPropertyIds on the object at <paramref name="index"/>: one name per ID, in order.</summary>
    public async Task<ValueArray<PropertyName>> GetNamesFromPropertyIdsAsync(byte index, params ushort[] ids) =>
        (await ExpectAsync<RopGetNamesFromPropertyIdsResponse>(new RopGetNamesFromPropertyIdsRequest { InputHandleIndex = index, PropertyIds = ids }).ConfigureAwait(false)).PropertyNames;

    /// <summary>RopQueryNamedProperties on the object at <paramref name="index"/>; the warning ErrorsReturned is returned, not thrown.</summary>
    public async Task<RopQueryNamedPropertiesResponse> QueryNamedPropertiesAsync(byte index, QueryFlags flags = QueryFlags.None, Guid? propertyGuid = null)
    {
        RopResponse response = await RunAsync(new RopQueryNamedPropertiesRequest
        {
            InputHandleIndex = index,
            QueryFlags = flags,
            HasGuid = propertyGuid.HasValue,
            PropertyGuid = propertyGuid,
        }).ConfigureAwait(false);
        return response is RopQueryNamedPropertiesResponse named ? named : Success<RopQueryNamedPropertiesResponse>(response);
    }
}
