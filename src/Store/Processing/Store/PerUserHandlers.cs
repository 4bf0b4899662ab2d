namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.IdSets;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store.Model;
using Conformance.Store.Objects;

public static partial class RopHandlers
{
    /// <summary>The largest data segment RopReadPerUserInformation promises the processor before it runs.</summary>
    private const int PerUserReadBound = 0x4000;

    /// <summary>The segment promised for MaxDataSize 0, whose size the options decide (Exchange: 4096).</summary>
    private const int PerUserReadDefaultBound = 4096;

    /// <summary>RopGetPerUserLongTermIds ([MS-OXCSTOR] 3.2.5.10): the folders whose cached data came from a public database.</summary>
    private static RopResponse? GetPerUserLongTermIds(RopContext context, RopGetPerUserLongTermIdsRequest request)
    {
        uint error = PrivateMailboxOf(context, request.InputHandleIndex, out Mailbox mailbox);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        return new RopGetPerUserLongTermIdsResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            LongTermIds = mailbox.PerUserData
                .Where(row => row.Value.ReplicaGuid == request.DatabaseGuid)
                .Select(row => row.Key.ToLongTermId())
                .ToArray(),
        };
    }

    /// <summary>RopGetPerUserGuid ([MS-OXCSTOR] 3.2.5.11): the public database a folder's cached data came from.</summary>
    private static RopResponse? GetPerUserGuid(RopContext context, RopGetPerUserGuidRequest request)
    {
        uint error = PrivateMailboxOf(context, request.InputHandleIndex, out Mailbox mailbox);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!mailbox.PerUserData.TryGetValue(PerUserFolderKey.Of(request.LongTermId), out PerUserRecord? row))
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        return new RopGetPerUserGuidResponse { InputHandleIndex = request.InputHandleIndex, DatabaseGuid = row.ReplicaGuid };
    }

    /// <summary>The response bound of RopReadPerUserInformation: the header, HasFinished, DataSize and the largest segment.</summary>
    private static int ReadPerUserInformationBound(RopReadPerUserInformationRequest request) =>
        6 + 1 + 2 + (request.MaxDataSize == 0 ? PerUserReadDefaultBound : Math.Min((int)request.MaxDataSize, PerUserReadBound));

    /// <summary>RopReadPerUserInformation ([MS-OXCSTOR] 3.2.5.12): one segment of a folder's read/unread data.</summary>
    private static RopResponse? ReadPerUserInformation(RopContext context, RopReadPerUserInformationRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // The private mailbox's cached row, or this user's row in the public store; no row reads as empty data.
        var folder = PerUserFolderKey.Of(request.FolderId);
        PerUserRecord? row = PerUserRowOf(context, logon, folder);
        byte[] data = row?.Data ?? [];
        long version = row?.Version ?? 0;

        // [MS-OXCSTOR] 3.2.5.12.1: an offset that is negative as a signed value SHOULD be ecError (<45>: ecRpcFormat);
        // one beyond the data MUST be ecError.
        if ((int)request.DataOffset < 0)
        {
            return context.Fail(context.Options.NegativePerUserDataOffsetIsRpcFormat ? ErrorCodes.RpcFormat : ErrorCodes.GeneralFailure);
        }

        if (request.DataOffset > data.Length)
        {
            return context.Fail(ErrorCodes.GeneralFailure);
        }

        // [MS-OXCSTOR] 2.2.1.12.2: data this logon already read to the end, unchanged since, is not sent again.
        if (request.DataOffset == 0 && context.Options.PerUserReadSkipsUnchangedData
            && logon.CompletedPerUserReads.TryGetValue(folder, out long completed) && completed == version)
        {
            return new RopReadPerUserInformationResponse { InputHandleIndex = request.InputHandleIndex, HasFinished = true };
        }

        // MaxDataSize 0 takes the default, and any value is capped at the maximum (3.2.5.12.1 summary item 2);
        // the segment never exceeds what the processor was promised.
        int maximum = request.MaxDataSize == 0 ? context.Options.PerUserInformationDefaultDataSize : request.MaxDataSize;
        maximum = Math.Min(Math.Min(maximum, context.Options.PerUserInformationMaximumDataSize), ReadPerUserInformationBound(request) - 9);
        int offset = (int)request.DataOffset;
        int size = Math.Min(maximum, data.Length - offset);
        bool finished = offset + size == data.Length;
        if (finished)
        {
            logon.CompletedPerUserReads[folder] = version;
        }

        return new RopReadPerUserInformationResponse
        {
            InputHandleIndex = request.InputHandleIndex,
            HasFinished = context.Options.Faults.HasFlag(StoreFaults.WrongHasFinished) ? !finished : finished,
            Data = data.AsSpan(offset, size).ToArray(),
        };
    }

    /// <summary>RopWritePerUserInformation ([MS-OXCSTOR] 3.2.5.13): accumulates segments and, on the last, stores the validated data.</summary>
    private static RopResponse? WritePerUserInformation(RopContext context, RopWritePerUserInformationRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out LogonObject logon);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // [MS-OXCSTOR] 3.2.5.13.1: a call for another folder, or at an offset other than the data written so far,
        // abandons what was accumulated; it then has to start a new stream at offset 0.
        var folder = PerUserFolderKey.Of(request.FolderId);
        PerUserWriteStream? stream = logon.PendingPerUserWrite;
        if (stream is null || stream.Folder != folder || stream.Data.Count != request.DataOffset)
        {
            logon.PendingPerUserWrite = stream = null;
            if (request.DataOffset != 0)
            {
                return context.Fail(ErrorCodes.GeneralFailure);
            }
        }

        if (stream is null || request.DataOffset == 0)
        {
            stream = new PerUserWriteStream(folder, request.ReplGuid);
        }

        stream.Data.AddRange(request.Data.AsSpan());
        if (!request.HasFinished)
        {
            logon.PendingPerUserWrite = stream;
            return new RopWritePerUserInformationResponse { InputHandleIndex = request.InputHandleIndex };
        }

        logon.PendingPerUserWrite = null;
        byte[] data = [.. stream.Data];
        if (!IsIdSetWithReplicaGuids(data) && context.Options.MalformedPerUserData != MalformedPerUserDataResult.Accept)
        {
            return context.Fail(context.Options.MalformedPerUserData switch
            {
                MalformedPerUserDataResult.FormatError => ErrorCodes.FormatError,
                MalformedPerUserDataResult.InvalidParameter => ErrorCodes.InvalidParameter,
                _ => ErrorCodes.CorruptData,
            });
        }

        // [MS-OXCSTOR] 3.2.5.13.2, 3.2.5.13.3: the row is replaced or added, with the time of the write.
        ulong now = (ulong)context.Server.Time.GetUtcNow().UtcDateTime.ToFileTimeUtc();
        switch (logon.Store)
        {
            case Mailbox mailbox:
                mailbox.PerUserData[folder] = new PerUserRecord(stream.ReplicaGuid ?? Guid.Empty, data, now, ++mailbox.PerUserVersion);
                break;
            case PublicFolderStore publicFolders:
                publicFolders.PerUserData[(context.Session.User.Name, folder)] = new PerUserRecord(Guid.Empty, data, now, ++publicFolders.PerUserVersion);
                break;
        }

        return new RopWritePerUserInformationResponse { InputHandleIndex = request.InputHandleIndex };
    }

    private static PerUserRecord? PerUserRowOf(RopContext context, LogonObject logon, PerUserFolderKey folder) => logon.Store switch
    {
        Mailbox mailbox => mailbox.PerUserData.GetValueOrDefault(folder),
        PublicFolderStore publicFolders => publicFolders.PerUserData.GetValueOrDefault((context.Session.User.Name, folder)),
        _ => null,
    };

    // [MS-OXCFXICS] 2.2.2.4.2: REPLGUID and GLOBSET pairs to the end of the data, REPLGUIDs ascending.
    private static bool IsIdSetWithReplicaGuids(byte[] data)
    {
        try
        {
            IdSetWithReplGuid.FromBytes(data);
            return true;
        }
        catch (ProtocolException)
        {
            return false;
        }
    }
}
