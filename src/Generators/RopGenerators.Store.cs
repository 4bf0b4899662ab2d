namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] StoreCases =>
    [
        new(RopId.RopLogon, LogonRequests, Gen.OneOf(LogonFailure, LogonPrivateMailbox, LogonPublicFolders, LogonRedirect)),
        new(
            RopId.RopGetReceiveFolder,
            from logon in LogonId
            from input in HandleIndex
            from messageClass in DataGenerators.AsciiString
            select (RopRequest)new RopGetReceiveFolderRequest { LogonId = logon, InputHandleIndex = input, MessageClass = messageClass },
            Gen.OneOf(
                Failure(RopId.RopGetReceiveFolder),
                from input in HandleIndex
                from folder in DataGenerators.ObjectId
                from messageClass in DataGenerators.AsciiString
                select StoreSample(new RopGetReceiveFolderResponse { InputHandleIndex = input, FolderId = folder, ExplicitMessageClass = messageClass }))),
        new(
            RopId.RopSetReceiveFolder,
            from logon in LogonId
            from input in HandleIndex
            from folder in DataGenerators.ObjectId
            from messageClass in DataGenerators.AsciiString
            select (RopRequest)new RopSetReceiveFolderRequest { LogonId = logon, InputHandleIndex = input, FolderId = folder, MessageClass = messageClass },
            Gen.OneOf(Failure(RopId.RopSetReceiveFolder), HandleIndex.Select(input => StoreSample(new RopSetReceiveFolderResponse { InputHandleIndex = input })))),
        new(
            RopId.RopGetReceiveFolderTable,
            Gen.Zip(LogonId, HandleIndex).Select(t => (RopRequest)new RopGetReceiveFolderTableRequest { LogonId = t.Item1, InputHandleIndex = t.Item2 }),
            Gen.OneOf(
                Failure(RopId.RopGetReceiveFolderTable),
                from input in HandleIndex
                from rows in DataGenerators.ArrayOf(DataGenerators.PropertyRow(RopGetReceiveFolderTableResponse.Columns), 4)
                select StoreSample(new RopGetReceiveFolderTableResponse { InputHandleIndex = input, Rows = rows }))),
        new(
            RopId.RopGetStoreState,
            Gen.Zip(LogonId, HandleIndex).Select(t => (RopRequest)new RopGetStoreStateRequest { LogonId = t.Item1, InputHandleIndex = t.Item2 }),
            Gen.OneOf(
                Failure(RopId.RopGetStoreState),
                from input in HandleIndex
                from state in Gen.OneOf(Gen.Elements(StoreState.None, StoreState.StoreHasSearches), DataGenerators.UInt32.Select(u => (StoreState)u))
                select StoreSample(new RopGetStoreStateResponse { InputHandleIndex = input, StoreState = state }))),
        new(
            RopId.RopGetOwningServers,
            from logon in LogonId
            from input in HandleIndex
            from folder in DataGenerators.ObjectId
            select (RopRequest)new RopGetOwningServersRequest { LogonId = logon, InputHandleIndex = input, FolderId = folder },
            Gen.OneOf(
                Failure(RopId.RopGetOwningServers),
                from input in HandleIndex
                from servers in DataGenerators.ArrayOf(DataGenerators.AsciiString, 3)
                from cheap in Gen.Choose(0, servers.Length)
                select StoreSample(new RopGetOwningServersResponse { InputHandleIndex = input, CheapServersCount = (ushort)cheap, OwningServers = servers }))),
        new(
            RopId.RopPublicFolderIsGhosted,
            from logon in LogonId
            from input in HandleIndex
            from folder in DataGenerators.ObjectId
            select (RopRequest)new RopPublicFolderIsGhostedRequest { LogonId = logon, InputHandleIndex = input, FolderId = folder },
            Gen.OneOf(
                Failure(RopId.RopPublicFolderIsGhosted),
                HandleIndex.Select(input => StoreSample(new RopPublicFolderIsGhostedResponse { InputHandleIndex = input, IsGhosted = false })),
                from input in HandleIndex
                from servers in DataGenerators.ArrayOf(DataGenerators.AsciiString, 3)
                from cheap in Gen.Choose(0, servers.Length)
                select StoreSample(new RopPublicFolderIsGhostedResponse { InputHandleIndex = input, IsGhosted = true, CheapServersCount = (ushort)cheap, Servers = servers }))),
        new(
            RopId.RopLongTermIdFromId,
            from logon in LogonId
            from input in HandleIndex
            from id in DataGenerators.ObjectId
            select (RopRequest)new RopLongTermIdFromIdRequest { LogonId = logon, InputHandleIndex = input, ObjectId = id },
            Gen.OneOf(
                Failure(RopId.RopLongTermIdFromId),
                from input in HandleIndex
                from id in DataGenerators.LongTermId
                select StoreSample(new RopLongTermIdFromIdResponse { InputHandleIndex = input, LongTermId = id }))),
        new(
            RopId.RopIdFromLongTermId,
            from logon in LogonId
            from input in HandleIndex
            from id in DataGenerators.LongTermId
            select (RopRequest)new RopIdFromLongTermIdRequest { LogonId = logon, InputHandleIndex = input, LongTermId = id },
            Gen.OneOf(
                Failure(RopId.RopIdFromLongTermId),
                from input in HandleIndex
                from id in DataGenerators.ObjectId
                select StoreSample(new RopIdFromLongTermIdResponse { InputHandleIndex = input, ObjectId = id }))),
        new(
            RopId.RopGetPerUserLongTermIds,
            from logon in LogonId
            from input in HandleIndex
            from guid in DataGenerators.Guid
            select (RopRequest)new RopGetPerUserLongTermIdsRequest { LogonId = logon, InputHandleIndex = input, DatabaseGuid = guid },
            Gen.OneOf(
                Failure(RopId.RopGetPerUserLongTermIds),
                from input in HandleIndex
                from ids in DataGenerators.ArrayOf(DataGenerators.LongTermId, 4)
                select StoreSample(new RopGetPerUserLongTermIdsResponse { InputHandleIndex = input, LongTermIds = ids }))),
        new(
            RopId.RopGetPerUserGuid,
            from logon in LogonId
            from input in HandleIndex
            from id in DataGenerators.LongTermId
            select (RopRequest)new RopGetPerUserGuidRequest { LogonId = logon, InputHandleIndex = input, LongTermId = id },
            Gen.OneOf(
                Failure(RopId.RopGetPerUserGuid),
                from input in HandleIndex
                from guid in DataGenerators.Guid
                select StoreSample(new RopGetPerUserGuidResponse { InputHandleIndex = input, DatabaseGuid = guid }))),
        new(
            RopId.RopReadPerUserInformation,
            from logon in LogonId
            from input in HandleIndex
            from folder in DataGenerators.LongTermId
            from reserved in Gen.Frequency((3, Gen.Constant((byte)0)), (1, DataGenerators.Byte))
            from offset in PerUserDataOffset
            from maximum in DataGenerators.UInt16
            select (RopRequest)new RopReadPerUserInformationRequest
            {
                LogonId = logon, InputHandleIndex = input, FolderId = folder, Reserved = reserved, DataOffset = offset, MaxDataSize = maximum,
            },
            Gen.OneOf(
                Failure(RopId.RopReadPerUserInformation),
                from input in HandleIndex
                from finished in DataGenerators.Boolean
                from data in DataGenerators.Bytes
                select StoreSample(new RopReadPerUserInformationResponse { InputHandleIndex = input, HasFinished = finished, Data = data }))),
        new(
            RopId.RopWritePerUserInformation,
            WritePerUserInformationRequests,
            Gen.OneOf(Failure(RopId.RopWritePerUserInformation), HandleIndex.Select(input => StoreSample(new RopWritePerUserInformationResponse { InputHandleIndex = input })))),
    ];

    /// <summary>DataOffset values, with the first block (0) frequent since ReplGuid depends on it.</summary>
    private static Gen<uint> PerUserDataOffset => Gen.Frequency((1, Gen.Constant(0u)), (1, DataGenerators.UInt32));

    /// <summary>Any flag byte or word, defined bits or not: the codec keeps undefined bits as sent.</summary>
    private static Gen<LogonFlags> AnyLogonFlags =>
        Gen.OneOf(Gen.Elements(LogonFlags.None, LogonFlags.Private, LogonFlags.Private | LogonFlags.Ghosted), DataGenerators.Byte.Select(b => (LogonFlags)b));

    private static Gen<RopRequest> LogonRequests =>
        from logon in LogonId
        from output in HandleIndex
        from logonFlags in AnyLogonFlags
        from openFlags in Gen.OneOf(
            Gen.Elements(OpenFlags.UsePerMdbReplidMapping | OpenFlags.HomeLogon, OpenFlags.Public | OpenFlags.UsePerMdbReplidMapping),
            DataGenerators.UInt32.Select(u => (OpenFlags)u))
        from storeState in DataGenerators.UInt32
        from essdn in Gen.OneOf(Gen.Constant<string?>(null), DataGenerators.AsciiString.Select(s => (string?)s))
        select (RopRequest)new RopLogonRequest
        {
            LogonId = logon,
            OutputHandleIndex = output,
            LogonFlags = logonFlags,
            OpenFlags = openFlags,
            StoreState = (StoreState)storeState,
            Essdn = essdn,
        };

    /// <summary>The generic failure with any nonzero ReturnValue but ecWrongServer, which has its own layout.</summary>
    private static Gen<ResponseSample> LogonFailure =>
        from output in HandleIndex
        from value in DataGenerators.UInt32.Where(v => v is not 0 and not RopLogonResponse.EcWrongServer)
        select StoreSample(new RopFailureResponse(RopId.RopLogon, output, value));

    private static Gen<ResponseSample> LogonPrivateMailbox =>
        from output in HandleIndex
        from flags in AnyLogonFlags.Select(f => f | LogonFlags.Private)
        from ids in Gen.ArrayOf(DataGenerators.ObjectId, PrivateMailboxFolderIds.Count)
        from responseFlags in DataGenerators.Byte
        from mailboxGuid in DataGenerators.Guid
        from replId in DataGenerators.UInt16
        from replGuid in DataGenerators.Guid
        from time in LogonTimes
        from gwart in DataGenerators.UInt64
        from state in Gen.OneOf(Gen.Elements(StoreState.None, StoreState.StoreHasSearches), DataGenerators.UInt32.Select(u => (StoreState)u))
        select StoreSample(new RopLogonPrivateMailboxResponse
        {
            OutputHandleIndex = output,
            LogonFlags = flags,
            FolderIds = new PrivateMailboxFolderIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12]),
            ResponseFlags = (ResponseFlags)responseFlags,
            MailboxGuid = mailboxGuid,
            ReplId = replId,
            ReplGuid = replGuid,
            LogonTime = time,
            GwartTime = gwart,
            StoreState = state,
        });

    private static Gen<ResponseSample> LogonPublicFolders =>
        from output in HandleIndex
        from flags in AnyLogonFlags.Select(f => f & ~LogonFlags.Private)
        from ids in Gen.ArrayOf(DataGenerators.ObjectId, PublicFoldersFolderIds.Count)
        from replId in DataGenerators.UInt16
        from replGuid in DataGenerators.Guid
        from perUserGuid in Gen.OneOf(Gen.Constant(Guid.Empty), DataGenerators.Guid)
        select StoreSample(new RopLogonPublicFoldersResponse
        {
            OutputHandleIndex = output,
            LogonFlags = flags,
            FolderIds = new PublicFoldersFolderIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], ids[9], ids[10], ids[11], ids[12]),
            ReplId = replId,
            ReplGuid = replGuid,
            PerUserGuid = perUserGuid,
        });

    private static Gen<ResponseSample> LogonRedirect =>
        from output in HandleIndex
        from flags in AnyLogonFlags
        from server in DataGenerators.AsciiString
        select StoreSample(new RopLogonRedirectResponse { OutputHandleIndex = output, LogonFlags = flags, ServerName = server });

    /// <summary>Any bytes: the codec keeps impossible dates as sent.</summary>
    private static Gen<LogonTime> LogonTimes =>
        from bytes in Gen.ArrayOf(DataGenerators.Byte, 6)
        from year in DataGenerators.UInt16
        select new LogonTime(bytes[0], bytes[1], bytes[2], (DayOfWeek)bytes[3], bytes[4], bytes[5], year);

    /// <summary>Requests as a private mailbox logon sends them: ReplGuid exactly when DataOffset is 0.</summary>
    private static Gen<RopRequest> WritePerUserInformationRequests =>
        from logon in LogonId
        from input in HandleIndex
        from folder in DataGenerators.LongTermId
        from finished in DataGenerators.Boolean
        from offset in PerUserDataOffset
        from data in DataGenerators.Bytes
        from replGuid in DataGenerators.Guid
        select (RopRequest)new RopWritePerUserInformationRequest
        {
            LogonId = logon,
            InputHandleIndex = input,
            FolderId = folder,
            HasFinished = finished,
            DataOffset = offset,
            Data = data,
            ReplGuid = offset == 0 ? replGuid : null,
        };

    private static ResponseSample StoreSample(RopResponse response) => new(response, RopResponseContext.None);
}
