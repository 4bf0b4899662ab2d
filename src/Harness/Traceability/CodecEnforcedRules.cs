namespace Conformance.Harness.Traceability;

using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;

/// <summary>The Normative Adapter entries the codec enforces by decoding (see <see cref="CodecEnforcedRule"/>).</summary>
public static class CodecEnforcedRules
{
    private const uint NullDestinationObject = 0x00000503;

    public static IReadOnlyList<CodecEnforcedRule> All { get; } =
    [
        // [MS-OXCSTOR] 2.2.1.1.2: ServerName is read as ServerNameSize bytes whose last byte is the terminator.
        new("MS-OXCSTOR-R0014", RopId.RopLogon, "ServerName read as ServerNameSize bytes ending in its terminator", ["ServerNameSize", "ServerName"], r => r is RopLogonRedirectResponse),

        // [MS-OXCSTOR] 2.2.1.4.2: rows are read over exactly the three columns, so a row of another shape does not decode.
        new("MS-OXCSTOR-R0048", RopId.RopGetReceiveFolderTable, "each row read as PidTagFolderId, PidTagMessageClass, PidTagLastModificationTime", ["RowCount", "Rows"], Succeeded),

        // [MS-OXCSTOR] 2.2.1.6.2 and 2.2.1.7.2: exactly the counted strings are read.
        new("MS-OXCSTOR-R0062", RopId.RopGetOwningServers, "OwningServersCount strings read", ["OwningServersCount", "CheapServersCount", "OwningServers"], Succeeded),
        new("MS-OXCSTOR-R0071", RopId.RopPublicFolderIsGhosted, "ServersCount strings read", ["ServersCount", "CheapServersCount", "Servers"], r => r is RopPublicFolderIsGhostedResponse { IsGhosted: true }),

        // [MS-OXCSTOR] 2.2.1.10.2: exactly LongTermIdCount LongTermIDs are read.
        new("MS-OXCSTOR-R0081", RopId.RopGetPerUserLongTermIds, "LongTermIdCount LongTermIDs read", ["LongTermIdCount", "LongTermIds"], Succeeded),

        // [MS-OXCSTOR] 2.2.1.12.2: exactly DataSize bytes of Data are read.
        new("MS-OXCSTOR-R0102", RopId.RopReadPerUserInformation, "DataSize bytes of Data read", ["DataSize", "Data"], Succeeded),

        // [MS-OXCPRPT] 2.2.9.2: IdCount IDs, then IdCount names, are read from one count.
        new("MS-OXCPRPT-R0033", RopId.RopQueryNamedProperties, "IdCount property IDs read", ["IdCount", "PropertyIds"], Succeeded),
        new("MS-OXCPRPT-R0034", RopId.RopQueryNamedProperties, "one property ID read per PropertyName", ["IdCount", "PropertyIds", "PropertyNames"], Succeeded),
        new("MS-OXCPRPT-R0037", RopId.RopQueryNamedProperties, "IdCount PropertyName structures read", ["IdCount", "PropertyNames"], Succeeded),

        // [MS-OXCPRPT] 2.2.10.2, 2.2.11.2, 2.2.22.2: the fields follow the ReturnValue; a NullDestinationObject response
        // ends after DestHandleIndex, any other has no DestHandleIndex.
        new("MS-OXCPRPT-R0045", RopId.RopCopyProperties, "no PropertyProblemCount after NullDestinationObject", ["DestHandleIndex"], r => IsNullDestination(r)),
        new("MS-OXCPRPT-R0047", RopId.RopCopyProperties, "no PropertyProblems after NullDestinationObject", ["DestHandleIndex"], r => IsNullDestination(r)),
        new("MS-OXCPRPT-R0050", RopId.RopCopyProperties, "DestHandleIndex only with NullDestinationObject", ["DestHandleIndex", "PropertyProblemCount", "PropertyProblems"], r => r is IRopResult),
        new("MS-OXCPRPT-R0059", RopId.RopCopyTo, "no PropertyProblemCount after NullDestinationObject", ["DestHandleIndex"], r => IsNullDestination(r)),
        new("MS-OXCPRPT-R0061", RopId.RopCopyTo, "no PropertyProblems after NullDestinationObject", ["DestHandleIndex"], r => IsNullDestination(r)),
        new("MS-OXCPRPT-R0064", RopId.RopCopyTo, "DestHandleIndex only with NullDestinationObject", ["DestHandleIndex", "PropertyProblemCount", "PropertyProblems"], r => r is IRopResult),
        new("MS-OXCPRPT-R0105", RopId.RopCopyToStream, "DestHandleIndex only with NullDestinationObject", ["DestHandleIndex", "ReadByteCount", "WrittenByteCount"], r => r is IRopResult),

        // [MS-OXCPRPT] 2.2.15.2: exactly DataSize bytes of Data are read.
        new("MS-OXCPRPT-R0089", RopId.RopReadStream, "DataSize bytes of Data read", ["DataSize", "Data"], r => r is RopReadStreamResponse),
    ];

    private static bool Succeeded(RopResponse response) => response is IRopResult { ReturnValue: 0 };

    private static bool IsNullDestination(RopResponse response) => response is IRopResult { ReturnValue: NullDestinationObject };
}
