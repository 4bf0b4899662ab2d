namespace Conformance.Store.Processing;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Support;
using Conformance.Store.Processing.Property;

/// <summary>
/// Runs one ROP input buffer against the store: decode every request, execute them in order under
/// the server lock, and encode the ROP output buffer with the updated handle table ([MS-OXCROPS] 2.2.1,
/// 3.2.5). Everything goes through bytes, as it does for a live server.
/// </summary>
/// <remarks>
/// Output size ([MS-OXCROPS] 3.2.5.1, 2.2.15.1): each ROP gets a <see cref="RopContext.ResponseRoom"/> that
/// already reserves room for a RopBufferTooSmall carrying every later request. A read-only ROP runs and its
/// response is dropped when larger than the room. A state-changing ROP runs only when its
/// <see cref="RopHandlerEntry.MaximumResponseSize"/> (the whole response's bound for handlers that cannot
/// size themselves, the fixed part for those that can) fits; a handler that sizes itself answers
/// <see cref="RopResponseDoesNotFit"/> before changing anything. In every case the ROP that did not fit and
/// the later ones come back unprocessed in RopBufferTooSmall, so a call never fails after it changed state.
/// </remarks>
public static class RopProcessor
{
    /// <summary>The size of the RopSize field.</summary>
    private const int RopSizeLength = 2;

    /// <summary>The largest ROP output buffer clients offer (0x8000 bytes); at it, RopBufferTooSmall cannot lead to a retry with more room.</summary>
    private const int LargestRopOutputBuffer = 0x8000;

    public static RawExecution Execute(StoreSession session, ReadOnlySpan<byte> ropInputBuffer, int maximumOutputSize)
    {
        lock (session.Server.Sync)
        {
            session.LastActivity = session.Server.Time.GetUtcNow();
            // The whole buffer is decoded before anything runs: a buffer that cannot be parsed is rejected
            // as a call ([MS-OXCRPC] 3.1.4.2 ecRpcFormat) and changes nothing.
            DecodedInput input;
            try
            {
                input = Decode(session, ropInputBuffer);
            }
            catch (ProtocolException)
            {
                return new RawExecution(ErrorCodes.RpcFormat, []);
            }

            int handleTableLength = input.HandleTable.Length * 4;
            if (maximumOutputSize < RopSizeLength + handleTableLength)
            {
                return new RawExecution(ErrorCodes.BufferTooSmall, []);
            }

            using var writer = new ProtocolWriter(Math.Min(maximumOutputSize, 4096));
            int sizeAt = writer.Reserve16();
            bool changedState = false;
            for (int i = 0; i < input.Requests.Count; i++)
            {
                (RopRequest request, int requestOffset) = input.Requests[i];
                RopHandlerEntry? entry = RopHandlers.Find(request.RopId);
                int before = writer.Position;

                // Room for this response that still leaves room to stop at the next request with a
                // RopBufferTooSmall carrying every later request: then no call ever fails after it changed state.
                int room = maximumOutputSize - handleTableLength - before - BufferTooSmallLength(input, i + 1);
                int? sizeNeeded = null;
                int bound = entry is { ReadOnly: false } ? entry.MaximumResponseSize?.Invoke(request) ?? RopHandlerEntry.DefaultMaximumResponseSize : 0;
                if (bound > room)
                {
                    // A ROP that changes state runs only when its response is sure to fit.
                    sizeNeeded = before + bound + handleTableLength;
                }
                else
                {
                    RopResponse? response = Run(session, entry, request, input.HandleTable, room);
                    if (response is RopResponseDoesNotFit notFitted)
                    {
                        // The handler changed nothing: the ROP goes back unprocessed ([MS-OXCROPS] 3.2.5.1).
                        sizeNeeded = before + notFitted.SizeNeeded + handleTableLength;
                    }
                    else
                    {
                        response?.Encode(writer);
                        if (writer.Position - before > room)
                        {
                            if (entry is { ReadOnly: false })
                            {
                                session.Server.RecordInternalError(new InvalidOperationException($"{request.RopId} response of {writer.Position - before} bytes exceeded its declared bound of {bound}"));
                            }

                            sizeNeeded = writer.Position + handleTableLength;
                            writer.Truncate(before);
                        }
                        else
                        {
                            changedState |= entry is { ReadOnly: false };
                        }
                    }
                }

                if (sizeNeeded is { } needed)
                {
                    if (i == 0 && request.RopId == RopId.RopGetPropertiesAll && maximumOutputSize >= LargestRopOutputBuffer)
                    {
                        // [MS-OXCPRPT] 3.2.5.2: a first RopGetPropertiesAll that cannot fit even the largest buffer a
                        // client can offer fails the call with 0x000003F0 (a retry with more room cannot help).
                        return new RawExecution(ErrorCodes.ServerMemory, []);
                    }

                    if (before + BufferTooSmallLength(input, i) + handleTableLength > maximumOutputSize)
                    {
                        // Not even RopBufferTooSmall fits: only possible before anything ran, so the call fails unchanged.
                        if (changedState)
                        {
                            session.Server.RecordInternalError(new InvalidOperationException("a call failed after it changed state"));
                        }

                        return new RawExecution(ErrorCodes.BufferTooSmall, []);
                    }

                    WriteBufferTooSmall(writer, input, requestOffset, needed);
                    break;
                }
            }

            writer.PatchLength16(sizeAt, 0, "RopSize");
            foreach (uint handle in input.HandleTable)
            {
                writer.WriteUInt32(handle);
            }

            return new RawExecution(ErrorCodes.Success, writer.ToArray());
        }
    }

    /// <summary>The size of a RopBufferTooSmall that stops at request <paramref name="index"/>: RopId, SizeNeeded and the rest of the RopsList; 0 past the last request.</summary>
    private static int BufferTooSmallLength(DecodedInput input, int index) =>
        index >= input.Requests.Count ? 0 : 3 + input.RopsList.Length - input.Requests[index].Offset;

    private static RopResponse? Run(StoreSession session, RopHandlerEntry? entry, RopRequest request, uint[] handleTable, int room)
    {
        var context = new RopContext(session, handleTable, request) { ResponseRoom = room };

        // [MS-OXCPRPT] 3.1.5: any ROP but RopProgress on a logon aborts the asynchronous operations in progress on it.
        if (request.RopId != RopId.RopProgress && session.FindLogon(request.LogonId) is { } logon)
        {
            AsynchronousOperations.AbortOn(logon);
        }

        if (entry is null)
        {
            return request.RopId == RopId.RopRelease ? null : context.Fail(ErrorCodes.NotSupported);
        }

        try
        {
            return entry.Handler(context, request);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A handler bug must not take the session down; it is recorded so tests can fail on it.
            session.Server.RecordInternalError(error);
            return context.Fail(ErrorCodes.GeneralFailure);
        }
    }

    // [MS-OXCROPS] 2.2.15.1: RopBufferTooSmall is the last response and carries the unprocessed requests.
    private static void WriteBufferTooSmall(ProtocolWriter writer, DecodedInput input, int requestOffset, int sizeNeeded)
    {
        byte[] rest = input.RopsList[requestOffset..];
        new RopBufferTooSmallResponse { SizeNeeded = (ushort)Math.Min(sizeNeeded, ushort.MaxValue), RequestBuffers = rest }.Encode(writer);
    }

    private sealed record DecodedInput(byte[] RopsList, List<(RopRequest Request, int Offset)> Requests, uint[] HandleTable);

    private static DecodedInput Decode(StoreSession session, ReadOnlySpan<byte> bytes)
    {
        var reader = new ProtocolReader(bytes, 0, "ROP input buffer");
        int at = reader.Offset;
        ushort ropSize = reader.ReadUInt16("RopSize");
        if (ropSize < RopSizeLength || ropSize - RopSizeLength > reader.Remaining)
        {
            throw reader.ErrorAt(at, "RopSize", ProtocolErrorKind.InvalidValue, $"RopSize {ropSize} does not frame the buffer");
        }

        byte[] ropsList = reader.ReadBytes(ropSize - RopSizeLength, "RopsList");
        var list = new ProtocolReader(ropsList, RopSizeLength, "RopsList");
        var requests = new List<(RopRequest, int)>();
        var logonFlags = new Dictionary<byte, LogonFlags>();
        while (!list.End)
        {
            int offset = list.Position;
            RopRequest request = ropsList[offset] == (byte)RopId.RopWritePerUserInformation
                ? DecodeWritePerUserInformation(ref list, session, logonFlags)
                : RopRegistry.DecodeRequest(ref list);
            if (request is RopLogonRequest logon)
            {
                logonFlags[logon.LogonId] = logon.LogonFlags;
            }

            requests.Add((request, offset));
        }

        if (reader.Remaining % 4 != 0)
        {
            throw reader.Error("ServerObjectHandleTable", ProtocolErrorKind.InvalidValue, "not a whole number of 4-byte handles");
        }

        var handles = new uint[reader.Remaining / 4];
        for (int i = 0; i < handles.Length; i++)
        {
            handles[i] = reader.ReadUInt32("ServerObjectHandleTable");
        }

        return new DecodedInput(ropsList, requests, handles);
    }

    // [MS-OXCSTOR] 2.2.1.13.1: ReplGuid is present only for private logons, so the decoder needs the logon's flags.
    private static RopWritePerUserInformationRequest DecodeWritePerUserInformation(ref ProtocolReader reader, StoreSession session, Dictionary<byte, LogonFlags> pending)
    {
        reader.ReadByte("RopId");
        byte logonId = reader.ReadByte("LogonId");
        LogonFlags flags = pending.TryGetValue(logonId, out LogonFlags inBuffer)
            ? inBuffer
            : session.FindLogon(logonId)?.LogonFlags ?? LogonFlags.Private;
        return RopWritePerUserInformationRequest.DecodeBody(ref reader, logonId, flags);
    }
}
