namespace Conformance.Harness.Traceability;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// The Normative Adapter entries implemented as concrete checks. Each is a rule on one response (and the
/// request it answers) that needs no other state; the entries not listed here are still to do.
/// </summary>
public static class NormativeChecks
{
    public static IReadOnlyList<NormativeCheck> All { get; } =
    [
        // [MS-OXCPRPT] 2.2.23.2: the total of a RopProgress report is never below the completed count.
        new("MS-OXCPRPT-R0111", RopId.RopProgress, (_, response) => response is RopProgressResponse progress
            ? new Observation(progress.TotalTaskCount >= progress.CompletedTaskCount, $">= {progress.CompletedTaskCount} (CompletedTaskCount)", progress.TotalTaskCount, "TotalTaskCount of RopProgress")
            : null),

        // [MS-OXCPRPT] 2.2.10.2, 2.2.11.2, 2.2.22.2: a null destination response echoes the request's DestHandleIndex.
        new("MS-OXCPRPT-R0049", RopId.RopCopyProperties, (request, response) => response is RopCopyPropertiesNullDestinationResponse nullDestination && request is RopCopyPropertiesRequest copy
            ? EchoesDestination(copy.DestHandleIndex, nullDestination.DestHandleIndex)
            : null),
        new("MS-OXCPRPT-R0063", RopId.RopCopyTo, (request, response) => response is RopCopyToNullDestinationResponse nullDestination && request is RopCopyToRequest copy
            ? EchoesDestination(copy.DestHandleIndex, nullDestination.DestHandleIndex)
            : null),
        new("MS-OXCPRPT-R0104", RopId.RopCopyToStream, (request, response) => response is RopCopyToStreamNullDestinationResponse nullDestination && request is RopCopyToStreamRequest copy
            ? EchoesDestination(copy.DestHandleIndex, nullDestination.DestHandleIndex)
            : null),

        // [MS-OXCPRPT] 2.2.12.2: one ID per requested name when names were requested.
        new("MS-OXCPRPT-R0069", RopId.RopGetPropertyIdsFromNames, (request, response) => response is RopGetPropertyIdsFromNamesResponse ids && request is RopGetPropertyIdsFromNamesRequest { PropertyNames.Count: > 0 } names
            ? new Observation(ids.PropertyIds.Count == names.PropertyNames.Count, names.PropertyNames.Count, ids.PropertyIds.Count, "PropertyIdCount against the request's PropertyNameCount")
            : null),

        // [MS-OXCPRPT] 2.2.13.2: one name per requested ID.
        new("MS-OXCPRPT-R0077", RopId.RopGetNamesFromPropertyIds, (request, response) => response is RopGetNamesFromPropertyIdsResponse names && request is RopGetNamesFromPropertyIdsRequest ids
            ? new Observation(names.PropertyNames.Count == ids.PropertyIds.Count, ids.PropertyIds.Count, names.PropertyNames.Count, "PropertyNameCount against the request's PropertyIdCount")
            : null),

        // [MS-OXCPRPT] 3.2.5.6: QueryFlags and PropertyGuid filter what RopQueryNamedProperties returns.
        new("MS-OXCPRPT-R0162", RopId.RopQueryNamedProperties, (request, response) => response is RopQueryNamedPropertiesResponse named && request is RopQueryNamedPropertiesRequest query && query.QueryFlags.HasFlag(QueryFlags.NoStrings)
            ? Kinds(named, PropertyNameKind.Name, "NoStrings set: no string-named property")
            : null),
        new("MS-OXCPRPT-R0163", RopId.RopQueryNamedProperties, (request, response) => response is RopQueryNamedPropertiesResponse named && request is RopQueryNamedPropertiesRequest query && query.QueryFlags.HasFlag(QueryFlags.NoIds)
            ? Kinds(named, PropertyNameKind.Lid, "NoIds set: no LID-named property")
            : null),
        new("MS-OXCPRPT-R0164", RopId.RopQueryNamedProperties, (request, response) => response is RopQueryNamedPropertiesResponse named && request is RopQueryNamedPropertiesRequest { PropertyGuid: Guid guid }
            ? new Observation(named.PropertyNames.All(n => n.Guid == guid), $"only GUID {guid}", string.Join(", ", named.PropertyNames.Select(n => n.Guid).Distinct()), "GUIDs of the returned named properties")
            : null),

        // [MS-OXCPRPT] 3.2.5.12: RopReadStream returns no more than was asked for (ByteCount, or MaximumByteCount when ByteCount is 0xBABE).
        new("MS-OXCPRPT-R0205", RopId.RopReadStream, (request, response) => response is RopReadStreamResponse read && request is RopReadStreamRequest ask
            ? new Observation(read.Data.Count <= Asked(ask), $"<= {Asked(ask)}", read.Data.Count, "bytes returned by RopReadStream")
            : null),
        new("MS-OXCPRPT-R0247", RopId.RopReadStream, (request, response) => response is RopReadStreamResponse read && request is RopReadStreamRequest { ByteCount: RopReadStreamRequest.UseMaximumByteCount } ask
            ? new Observation(read.Data.Count <= Asked(ask), $"<= {Asked(ask)} (MaximumByteCount)", read.Data.Count, "bytes returned for ByteCount 0xBABE")
            : null),
        new("MS-OXCPRPT-R0248", RopId.RopReadStream, (request, response) => response is RopReadStreamResponse read && request is RopReadStreamRequest { ByteCount: not RopReadStreamRequest.UseMaximumByteCount } ask
            ? new Observation(read.Data.Count <= ask.ByteCount, $"<= {ask.ByteCount} (ByteCount)", read.Data.Count, "bytes returned by RopReadStream")
            : null),

        // [MS-OXCSTOR] 2.2.1.1.3: the Reserved bit of ResponseFlags is always set; StoreState should be 0 (note 8: older products differ).
        new("MS-OXCSTOR-R0018", RopId.RopLogon, (_, response) => response is RopLogonPrivateMailboxResponse logon
            ? new Observation(logon.ResponseFlags.HasFlag(ResponseFlags.Reserved), "Reserved (0x01) set", $"0x{(byte)logon.ResponseFlags:X2}", "ResponseFlags of the private mailbox logon")
            : null),
        new("MS-OXCSTOR-R0026", RopId.RopLogon, (_, response) => response is RopLogonPrivateMailboxResponse logon
            ? new Observation(logon.StoreState == StoreState.None, 0u, (uint)logon.StoreState, "StoreState of the private mailbox logon")
            : null),

        // [MS-OXCSTOR] 2.2.1.1.4: PerUserGuid should be all zeroes (note 10: Exchange 2007 differs).
        new("MS-OXCSTOR-R0034", RopId.RopLogon, (_, response) => response is RopLogonPublicFoldersResponse logon
            ? new Observation(logon.PerUserGuid == Guid.Empty, Guid.Empty, logon.PerUserGuid, "PerUserGuid of the public folders logon")
            : null),

        // [MS-OXCSTOR] 2.2.1.5.2: STORE_HAS_SEARCHES is the only StoreState bit.
        new("MS-OXCSTOR-R0054", RopId.RopGetStoreState, (_, response) => response is RopGetStoreStateResponse state
            ? new Observation(((uint)state.StoreState & ~(uint)StoreState.StoreHasSearches) == 0, "no bit but 0x01000000", (uint)state.StoreState, "StoreState of RopGetStoreState")
            : null),

        // [MS-OXCSTOR] 2.2.1.6.2: the cheap servers are a nonempty prefix of the list.
        new("MS-OXCSTOR-R0059", RopId.RopGetOwningServers, (_, response) => response is RopGetOwningServersResponse servers
            ? new Observation(servers.CheapServersCount <= servers.OwningServers.Count, $"<= {servers.OwningServers.Count} (OwningServersCount)", servers.CheapServersCount, "CheapServersCount")
            : null),
        new("MS-OXCSTOR-R0060", RopId.RopGetOwningServers, (_, response) => response is RopGetOwningServersResponse { OwningServers.Count: > 0 } servers
            ? new Observation(servers.CheapServersCount >= 1, ">= 1", servers.CheapServersCount, "CheapServersCount with a nonempty OwningServers")
            : null),
    ];

    private static Observation EchoesDestination(byte requested, uint returned) =>
        new(returned == requested, (uint)requested, returned, "DestHandleIndex of the null destination response against the request's");

    private static Observation Kinds(RopQueryNamedPropertiesResponse named, PropertyNameKind excluded, string message)
    {
        PropertyName[] wrong = [.. named.PropertyNames.Where(n => n.Kind == excluded)];
        return new Observation(wrong.Length == 0, $"no {excluded} names", wrong.Length == 0 ? "none" : string.Join(", ", wrong.Select(n => n.ToString())), message);
    }

    private static long Asked(RopReadStreamRequest request) =>
        request.ByteCount == RopReadStreamRequest.UseMaximumByteCount ? request.MaximumByteCount ?? 0 : request.ByteCount;
}
