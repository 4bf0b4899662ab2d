namespace Conformance.Harness.Traceability;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// The Normative Adapter entries implemented as concrete checks. Each is a rule on one response (and the
/// request it answers) that needs no other state. Entries the decoder itself enforces are in
/// <see cref="CodecEnforcedRules"/>.
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

        // [MS-OXCPRPT] 3.2.5.12: a failing RopReadStream should return no data (the codec reads DataSize on every ReturnValue).
        new("MS-OXCPRPT-R0210", RopId.RopReadStream, (_, response) => response is RopReadStreamResponse { ReturnValue: not 0 } read
            ? new Observation(read.Data.Count == 0, 0, read.Data.Count, $"DataSize of a RopReadStream that failed with 0x{read.ReturnValue:X8}")
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

        // [MS-OXCSTOR] 2.2.1.7.2: the same prefix rule for the servers of a ghosted folder. The codec's ServerList
        // already refuses a cheap count above the list's, so R0068 (like R0059) fails only on a record built in memory.
        new("MS-OXCSTOR-R0068", RopId.RopPublicFolderIsGhosted, (_, response) => response is RopPublicFolderIsGhostedResponse { IsGhosted: true } ghosted
            ? new Observation(ghosted.CheapServersCount <= ghosted.Servers.Count, $"<= {ghosted.Servers.Count} (ServersCount)", ghosted.CheapServersCount, "CheapServersCount of RopPublicFolderIsGhosted")
            : null),
        new("MS-OXCSTOR-R0069", RopId.RopPublicFolderIsGhosted, (_, response) => response is RopPublicFolderIsGhostedResponse { IsGhosted: true, Servers.Count: > 0 } ghosted
            ? new Observation(ghosted.CheapServersCount >= 1, ">= 1", ghosted.CheapServersCount, "CheapServersCount with a nonempty Servers")
            : null),

        // [MS-OXCSTOR] 3.2.5.5 restates 2.2.1.5.2 from the server's side: the same test as R0054.
        new("MS-OXCSTOR-R0177", RopId.RopGetStoreState, (_, response) => response is RopGetStoreStateResponse state
            ? new Observation(((uint)state.StoreState & ~(uint)StoreState.StoreHasSearches) == 0, "no bit but 0x01000000", (uint)state.StoreState, "StoreState of RopGetStoreState")
            : null),

        // [MS-OXCSTOR] 2.2.1.2.2 and 2.2.1.4.2: a message class the server reports obeys the message class syntax.
        // The empty string (no match, 3.2.5.2) is 1 byte with its terminator, so it is allowed.
        new("MS-OXCSTOR-R0040", RopId.RopGetReceiveFolder, (_, response) => response is RopGetReceiveFolderResponse receive
            ? MessageClass(receive.ExplicitMessageClass, "ExplicitMessageClass of RopGetReceiveFolder")
            : null),
        new("MS-OXCSTOR-R0050", RopId.RopGetReceiveFolderTable, (_, response) => response is RopGetReceiveFolderTableResponse table && ReceiveTableClasses(table) is { Length: > 0 } classes
            ? MessageClasses(classes)
            : null),

        // [MS-OXCPRPT] 3.2.5.1: a string requested as PtypUnspecified comes back in the type WantUnicode picks.
        // Only cells that carry a value of a string type are judged: the request's tag does not say which properties are strings.
        new("MS-OXCPRPT-R0132", RopId.RopGetPropertiesSpecific, (request, response) => response is RopGetPropertiesSpecificResponse row && request is RopGetPropertiesSpecificRequest { WantUnicode: true } ask
            ? UnspecifiedStrings(ask, row, PropertyType.PtypString)
            : null),
        new("MS-OXCPRPT-R0133", RopId.RopGetPropertiesSpecific, (request, response) => response is RopGetPropertiesSpecificResponse row && request is RopGetPropertiesSpecificRequest { WantUnicode: false } ask
            ? UnspecifiedStrings(ask, row, PropertyType.PtypString8)
            : null),

        // [MS-OXCPRPT] 3.2.5.9: an ID below 0x8000 names itself in PS_MAPI as a LID.
        new("MS-OXCPRPT-R0186", RopId.RopGetNamesFromPropertyIds, (request, response) => response is RopGetNamesFromPropertyIdsResponse names && request is RopGetNamesFromPropertyIdsRequest ids
            ? MapiNames(ids, names)
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

    /// <summary>Why <paramref name="value"/> breaks the message class syntax of [MS-OXCSTOR] 2.2.1.2.2, or null when it does not.</summary>
    internal static string? MessageClassFault(string value) =>
        value.Length > 254 ? $"{value.Length + 1} bytes with the terminator (at most 255)"
        : value.Where(c => c is < ' ' or > '~').Select(c => (char?)c).FirstOrDefault() is char bad ? $"character U+{(int)bad:X4} outside 32-126"
        : value.StartsWith('.') ? "begins with a period"
        : value.EndsWith('.') ? "ends with a period"
        : value.Contains("..", StringComparison.Ordinal) ? "adjacent periods"
        : null;

    private static Observation MessageClass(string value, string message) =>
        MessageClassFault(value) is { } fault
            ? new Observation(false, "ASCII 32-126, 1-255 bytes, no leading, trailing or adjacent periods", $"\"{value}\": {fault}", message)
            : new Observation(true, "ASCII 32-126, 1-255 bytes, no leading, trailing or adjacent periods", $"\"{value}\"", message);

    private static string[] ReceiveTableClasses(RopGetReceiveFolderTableResponse table) =>
        [.. table.Rows
            .Where(r => r.ValueArray.Count > 1)
            .Select(r => r.ValueArray[1])
            .Where(c => c.Flag == FlaggedPropertyValueFlag.Available && c.Value is PropertyValue<string>)
            .Select(c => ((PropertyValue<string>)c.Value!).Value)];

    private static Observation MessageClasses(string[] classes)
    {
        string[] wrong = [.. classes.Where(c => MessageClassFault(c) is not null).Select(c => $"\"{c}\": {MessageClassFault(c)}")];
        return new Observation(wrong.Length == 0, "every PidTagMessageClass a valid message class", wrong.Length == 0 ? $"{classes.Length} valid" : string.Join("; ", wrong), "PidTagMessageClass of the RopGetReceiveFolderTable rows");
    }

    private static Observation? UnspecifiedStrings(RopGetPropertiesSpecificRequest request, RopGetPropertiesSpecificResponse response, PropertyType wanted)
    {
        PropertyType wantedMultiple = wanted == PropertyType.PtypString ? PropertyType.PtypMultipleString : PropertyType.PtypMultipleString8;
        var strings = request.PropertyTags
            .Zip(response.RowData.ValueArray, (tag, cell) => (tag, cell))
            .Where(p => p.tag.PropertyType == PropertyType.PtypUnspecified && p.cell.Flag == FlaggedPropertyValueFlag.Available
                && p.cell.Type is PropertyType.PtypString or PropertyType.PtypString8 or PropertyType.PtypMultipleString or PropertyType.PtypMultipleString8)
            .ToArray();
        if (strings.Length == 0)
        {
            return null;
        }

        string[] wrong = [.. strings.Where(p => p.cell.Type != wanted && p.cell.Type != wantedMultiple).Select(p => $"0x{p.tag.PropertyId:X4} as {p.cell.Type}")];
        return new Observation(wrong.Length == 0, $"{wanted} (or {wantedMultiple})", wrong.Length == 0 ? $"{strings.Length} string(s) as {wanted}" : string.Join(", ", wrong), $"types of the strings requested as PtypUnspecified with WantUnicode {request.WantUnicode}");
    }

    private static Observation? MapiNames(RopGetNamesFromPropertyIdsRequest request, RopGetNamesFromPropertyIdsResponse response)
    {
        var low = request.PropertyIds
            .Zip(response.PropertyNames, (id, name) => (id, name))
            .Where(p => p.id < 0x8000)
            .ToArray();
        if (low.Length == 0)
        {
            return null;
        }

        string[] wrong = [.. low.Where(p => p.name.Kind != PropertyNameKind.Lid || p.name.Guid != PropertyName.PsMapi || p.name.Lid != p.id).Select(p => $"0x{p.id:X4} -> {p.name}")];
        return new Observation(wrong.Length == 0, "PS_MAPI, Kind 0x00, LID = the ID", wrong.Length == 0 ? $"{low.Length} ID(s) named in PS_MAPI" : string.Join(", ", wrong), "names of the property IDs below 0x8000");
    }
}
