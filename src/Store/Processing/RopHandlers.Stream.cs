namespace Conformance.Store.Processing;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Objects;
using Conformance.Store.Processing.Stream;

public static partial class RopHandlers
{
    /// <summary>RopId, InputHandleIndex, ReturnValue and DataSize: the RopReadStream response without its data.</summary>
    private const int ReadStreamOverhead = 8;

    // A property, not a field: static fields of a partial class initialize in file order, after Entries.
    // RopEmptyFolder, in the codec's Stream family, is a folder operation and belongs to the Support handlers.
    private static RopHandlerEntry[] StreamHandlers =>
    [
        RopHandlerEntry.Writer<RopOpenStreamRequest>(RopId.RopOpenStream, OpenStream),

        // The data is sized to the room left (ResponseRoom), so only the fixed part has to fit beforehand.
        RopHandlerEntry.Writer<RopReadStreamRequest>(RopId.RopReadStream, ReadStream, _ => ReadStreamOverhead),
        RopHandlerEntry.Writer<RopWriteStreamRequest>(RopId.RopWriteStream, WriteStream),
        RopHandlerEntry.Writer<RopWriteStreamExtendedRequest>(RopId.RopWriteStreamExtended, WriteStreamExtended),
        RopHandlerEntry.Writer<RopCommitStreamRequest>(RopId.RopCommitStream, CommitStream),
        RopHandlerEntry.Reader<RopGetStreamSizeRequest>(RopId.RopGetStreamSize, GetStreamSize),
        RopHandlerEntry.Writer<RopSetStreamSizeRequest>(RopId.RopSetStreamSize, SetStreamSize),
        RopHandlerEntry.Writer<RopSeekStreamRequest>(RopId.RopSeekStream, SeekStream),
        RopHandlerEntry.Writer<RopCopyToStreamRequest>(RopId.RopCopyToStream, CopyToStream),
        RopHandlerEntry.Writer<RopLockRegionStreamRequest>(RopId.RopLockRegionStream, LockRegionStream),
        RopHandlerEntry.Writer<RopUnlockRegionStreamRequest>(RopId.RopUnlockRegionStream, UnlockRegionStream),
        RopHandlerEntry.Writer<RopWriteAndCommitStreamRequest>(RopId.RopWriteAndCommitStream, WriteAndCommitStream),
        RopHandlerEntry.Writer<RopCloneStreamRequest>(RopId.RopCloneStream, CloneStream),
    ];

    /// <summary>
    /// RopOpenStream ([MS-OXCPRPT] 2.2.14, 3.2.5.11): a Stream object on one property of a Folder, Message or
    /// Attachment object, prepopulated with the property's current value, seek pointer at the start.
    /// </summary>
    private static RopResponse? OpenStream(RopContext context, RopOpenStreamRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out PropertyObject owner);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        // [MS-OXCPRPT] 2.2.14, 3.2.5.11: only folders, messages and attachments, and only some property types.
        PropertyType type = request.PropertyTag.PropertyType;
        if (!StreamRules.IsStreamable(owner.Kind, type, context.Options))
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        // [MS-OXCPRPT] 2.2.14.1: the mode is one of three values; the section names no error for others,
        // so the store answers as for any invalid request field.
        OpenStreamModeFlags mode = request.OpenModeFlags;
        if (mode is not (OpenStreamModeFlags.ReadOnly or OpenStreamModeFlags.ReadWrite or OpenStreamModeFlags.Create))
        {
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        bool writable = mode != OpenStreamModeFlags.ReadOnly;

        // [MS-OXCPRPT] 3.2.5.11 and <11>: public folder streams are read-only.
        if (writable && context.Options.PublicFolderStreamsReadOnly && StreamRules.IsPublicFolder(owner))
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        // A handle opened read-only, or a property the client may not change, cannot take a writable stream
        // (the same answer RopSetProperties gives for such changes, [MS-OXCPRPT] 3.2.5.4).
        if (writable && (!owner.IsWritable || owner.IsReadOnlyProperty(request.PropertyTag.PropertyId)))
        {
            return context.Fail(ErrorCodes.AccessDenied);
        }

        // [MS-OXCPRPT] 2.2.14.1, 3.2.5.11: Create starts empty (the old value goes); the other modes need the property.
        byte[]? current = mode == OpenStreamModeFlags.Create ? [] : StreamRules.CurrentBytes(owner, request.PropertyTag);
        if (current is null)
        {
            return context.Fail(ErrorCodes.NotFound);
        }

        var content = new StreamContent(owner, request.PropertyTag, writable, current) { IsDirty = mode == OpenStreamModeFlags.Create };
        var stream = new StreamObject(context.Session, content, 0);
        if (!context.SetOutputHandle(request.OutputHandleIndex, stream))
        {
            content.Holders--;
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        if (content.IsDirty)
        {
            StreamRules.AfterChange(context, content);
        }

        return new RopOpenStreamResponse { OutputHandleIndex = request.OutputHandleIndex, StreamSize = (uint)content.Length };
    }

    /// <summary>
    /// RopReadStream ([MS-OXCPRPT] 2.2.15, 3.2.5.12): at most ByteCount (or MaximumByteCount) bytes from the
    /// seek pointer, which moves past them. The store returns as many as fit the response, never more than
    /// asked; a failure carries no data.
    /// </summary>
    private static RopResponse? ReadStream(RopContext context, RopReadStreamRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return new RopReadStreamResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = error };
        }

        long asked = request.ByteCount == RopReadStreamRequest.UseMaximumByteCount && request.MaximumByteCount is uint maximum
            ? maximum
            : request.ByteCount;
        long room = Math.Max(0, (long)context.ResponseRoom - ReadStreamOverhead);
        long available = Math.Max(0, stream.Content.Length - stream.Position);
        int count = (int)Math.Min(Math.Min(asked, ushort.MaxValue), Math.Min(room, available));

        error = StreamLocks.For(context.Server).CheckAccess(stream, stream.Position, count, write: false);
        if (error != ErrorCodes.Success)
        {
            return new RopReadStreamResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = error };
        }

        byte[] data = new byte[count];
        stream.Content.Read(stream.Position, data);
        stream.Position += count;
        return new RopReadStreamResponse { InputHandleIndex = request.InputHandleIndex, Data = data };
    }

    /// <summary>RopWriteStream ([MS-OXCPRPT] 2.2.16, 3.2.5.13).</summary>
    private static RopResponse? WriteStream(RopContext context, RopWriteStreamRequest request)
    {
        (uint returnValue, int written) = Write(context, request.InputHandleIndex, request.Data);
        return new RopWriteStreamResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = returnValue, WrittenSize = (ushort)written };
    }

    /// <summary>RopWriteStreamExtended ([MS-OXCPRPT] 2.2.17, 3.2.5.14): as RopWriteStream, with a 4-byte WrittenSize.</summary>
    private static RopResponse? WriteStreamExtended(RopContext context, RopWriteStreamExtendedRequest request)
    {
        (uint returnValue, int written) = Write(context, request.InputHandleIndex, request.Data);
        return new RopWriteStreamExtendedResponse { InputHandleIndex = request.InputHandleIndex, ReturnValue = returnValue, WrittenSize = (uint)written };
    }

    /// <summary>
    /// [MS-OXCPRPT] 3.2.5.13: writes at the seek pointer and moves it past what was written. A read-only stream
    /// gives StreamAccessDenied; what would pass the maximum stream size is not written and the short write
    /// reports TooBig (or StreamSizeError, &lt;12&gt;) with the count that was.
    /// </summary>
    private static (uint ReturnValue, int Written) Write(RopContext context, byte inputHandleIndex, ValueArray<byte> data)
    {
        uint error = context.Resolve(inputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return (error, 0);
        }

        if (!stream.Content.IsWritable)
        {
            return (StreamRules.StreamAccessDenied, 0);
        }

        long limit = Math.Min(context.Options.EffectiveMaximumStreamSize, Array.MaxLength);
        int count = (int)Math.Clamp(limit - stream.Position, 0, data.Count);
        error = StreamLocks.For(context.Server).CheckAccess(stream, stream.Position, count, write: true);
        if (error != ErrorCodes.Success)
        {
            return (error, 0);
        }

        if (count > 0)
        {
            stream.Content.Write(stream.Position, data.AsSpan()[..count]);
            stream.Position += count;
            StreamRules.AfterChange(context, stream.Content);
        }

        return (count < data.Count ? context.Options.ShortWriteReturnValue : ErrorCodes.Success, count);
    }

    /// <summary>
    /// RopCommitStream ([MS-OXCPRPT] 2.2.18, 3.2.5.15): sets the property from the stream: stored at once for
    /// a folder, into the working copy for a message or attachment (whose own save still stores it). On a
    /// read-only stream there is nothing to store and it succeeds.
    /// </summary>
    private static RopResponse? CommitStream(RopContext context, RopCommitStreamRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error == ErrorCodes.Success)
        {
            error = StreamRules.Store(context, stream.Content);
        }

        return error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopCommitStreamResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>RopGetStreamSize ([MS-OXCPRPT] 2.2.19, 3.2.5.16): the current size of the stream.</summary>
    private static RopResponse? GetStreamSize(RopContext context, RopGetStreamSizeRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        return error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopGetStreamSizeResponse { InputHandleIndex = request.InputHandleIndex, StreamSize = (uint)stream.Content.Length };
    }

    /// <summary>
    /// RopSetStreamSize ([MS-OXCPRPT] 2.2.20, 3.2.5.17): grows with zero bytes or cuts the end off; the seek
    /// pointer stays. Beyond the maximum stream size it fails with TooBig (the error 3.2.5.13 gives for
    /// passing that size); on a read-only stream with StreamAccessDenied.
    /// </summary>
    private static RopResponse? SetStreamSize(RopContext context, RopSetStreamSizeRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        if (!stream.Content.IsWritable)
        {
            return context.Fail(StreamRules.StreamAccessDenied);
        }

        if (request.StreamSize > (ulong)context.Options.EffectiveMaximumStreamSize)
        {
            return context.Fail(ErrorCodes.TooBig);
        }

        long size = (long)request.StreamSize;
        long old = stream.Content.Length;
        error = StreamLocks.For(context.Server).CheckAccess(stream, Math.Min(old, size), Math.Abs(old - size), write: true);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        stream.Content.SetLength(size);
        if (size > old && context.Options.Faults.HasFlag(StoreFaults.NoZeroFillOnSetStreamSize))
        {
            // The NoZeroFillOnSetStreamSize fault: the grown part holds filler instead of zeros.
            byte[] filler = new byte[size - old];
            filler.AsSpan().Fill(0xCC);
            stream.Content.Write(old, filler);
        }

        StreamRules.AfterChange(context, stream.Content);
        return new RopSetStreamSizeResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>
    /// RopSeekStream ([MS-OXCPRPT] 2.2.21, 3.2.5.18): moves the seek pointer from the start, the pointer or the
    /// end. Before the start or past the maximum stream size is StreamSeekError; an undefined Origin is
    /// StreamInvalidParam. Past the end, a writable stream grows with zeros to the new pointer.
    /// </summary>
    private static RopResponse? SeekStream(RopContext context, RopSeekStreamRequest request)
    {
        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        long? origin = request.Origin switch
        {
            SeekStreamOrigin.Beginning => 0,
            SeekStreamOrigin.Current => stream.Position,
            SeekStreamOrigin.End => stream.Content.Length,
            _ => null,
        };
        if (origin is not long start)
        {
            return context.Fail(StreamRules.StreamInvalidParam);
        }

        Int128 target = (Int128)start + request.Offset;
        if (target < 0 || target > context.Options.EffectiveMaximumStreamSize)
        {
            return context.Fail(StreamRules.StreamSeekError);
        }

        long position = (long)target;
        if (position > stream.Content.Length && stream.Content.IsWritable)
        {
            stream.Content.SetLength(position);
            StreamRules.AfterChange(context, stream.Content);
        }

        stream.Position = position;
        return new RopSeekStreamResponse { InputHandleIndex = request.InputHandleIndex, NewPosition = (ulong)position };
    }

    /// <summary>
    /// RopCopyToStream ([MS-OXCPRPT] 2.2.22, 3.2.5.19): copies ByteCount bytes (fewer at the end of the source)
    /// from the source's seek pointer to the destination's; both pointers move by what was copied. A
    /// destination handle that names no object gives NullDestinationObject with its own layout (2.2.22.2).
    /// </summary>
    private static RopResponse? CopyToStream(RopContext context, RopCopyToStreamRequest request)
    {
        RopCopyToStreamResponse Answer(uint returnValue, ulong read = 0, ulong written = 0) => new()
        {
            SourceHandleIndex = request.SourceHandleIndex, ReturnValue = returnValue, ReadByteCount = read, WrittenByteCount = written,
        };

        if (!context.Options.ImplementCopyToStream)
        {
            return Answer(ErrorCodes.NotSupported);
        }

        uint error = context.Resolve(request.SourceHandleIndex, out StreamObject source);
        if (error != ErrorCodes.Success)
        {
            return Answer(error);
        }

        error = context.Resolve(request.DestHandleIndex, out StreamObject destination);
        if (error == ErrorCodes.NullObject)
        {
            return new RopCopyToStreamNullDestinationResponse { SourceHandleIndex = request.SourceHandleIndex, DestHandleIndex = request.DestHandleIndex };
        }

        if (error != ErrorCodes.Success)
        {
            return Answer(error);
        }

        if (!destination.Content.IsWritable)
        {
            return Answer(StreamRules.StreamAccessDenied);
        }

        long available = Math.Max(0, source.Content.Length - source.Position);
        long read = (long)Math.Min(request.ByteCount, (ulong)available);
        long limit = Math.Min(context.Options.EffectiveMaximumStreamSize, Array.MaxLength);
        long written = Math.Clamp(limit - destination.Position, 0, read);

        StreamLocks locks = StreamLocks.For(context.Server);
        error = locks.CheckAccess(source, source.Position, read, write: false);
        if (error == ErrorCodes.Success)
        {
            error = locks.CheckAccess(destination, destination.Position, written, write: true);
        }

        if (error != ErrorCodes.Success)
        {
            return Answer(error);
        }

        // Read fully before writing: source and destination may share their content (a clone).
        byte[] bytes = new byte[written];
        source.Content.Read(source.Position, bytes);
        destination.Content.Write(destination.Position, bytes);
        source.Position += written;
        destination.Position += written;
        if (written > 0)
        {
            StreamRules.AfterChange(context, destination.Content);
        }

        return Answer(written < read ? context.Options.ShortWriteReturnValue : ErrorCodes.Success, (ulong)read, (ulong)written);
    }

    /// <summary>
    /// RopLockRegionStream ([MS-OXCPRPT] 2.2.24, 3.2.5.21, MAY): locks a byte range against other sessions;
    /// AccessDenied while a live lock overlaps it. Expiry uses the server clock.
    /// </summary>
    private static RopResponse? LockRegionStream(RopContext context, RopLockRegionStreamRequest request)
    {
        if (!context.Options.ImplementRegionLocks)
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error == ErrorCodes.Success)
        {
            error = StreamLocks.For(context.Server).Lock(stream, request.RegionOffset, request.RegionSize, request.LockFlags, context.Server.Time.GetUtcNow());
        }

        return error != ErrorCodes.Success
            ? context.Fail(error)
            : new RopLockRegionStreamResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>RopUnlockRegionStream ([MS-OXCPRPT] 2.2.25, 3.2.5.22, MAY): removes the caller's locks on the region only.</summary>
    private static RopResponse? UnlockRegionStream(RopContext context, RopUnlockRegionStreamRequest request)
    {
        if (!context.Options.ImplementRegionLocks)
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        StreamLocks.For(context.Server).Unlock(stream, request.RegionOffset, request.RegionSize);
        return new RopUnlockRegionStreamResponse { InputHandleIndex = request.InputHandleIndex };
    }

    /// <summary>
    /// RopWriteAndCommitStream ([MS-OXCPRPT] 2.2.26, 3.2.5.23, MAY): RopWriteStream then RopCommitStream. A
    /// stream on a folder property must not be used with it (2.2.26): NotSupported.
    /// </summary>
    private static RopResponse? WriteAndCommitStream(RopContext context, RopWriteAndCommitStreamRequest request)
    {
        RopWriteAndCommitStreamResponse Answer(uint returnValue, int written = 0) =>
            new() { InputHandleIndex = request.InputHandleIndex, ReturnValue = returnValue, WrittenSize = (ushort)written };

        if (!context.Options.ImplementWriteAndCommitStream)
        {
            return Answer(ErrorCodes.NotSupported);
        }

        uint error = context.Resolve(request.InputHandleIndex, out StreamObject stream);
        if (error != ErrorCodes.Success)
        {
            return Answer(error);
        }

        if (stream.Content.Owner.Kind == PropertyObjectKind.Folder)
        {
            return Answer(ErrorCodes.NotSupported);
        }

        (uint returnValue, int written) = Write(context, request.InputHandleIndex, request.Data);
        if (returnValue == ErrorCodes.Success)
        {
            returnValue = StreamRules.Store(context, stream.Content);
        }

        return Answer(returnValue, written);
    }

    /// <summary>
    /// RopCloneStream ([MS-OXCPRPT] 2.2.27, 3.2.5.24, MAY): a new Stream object over the same bytes, its seek
    /// pointer starting where the source's is and moving on its own.
    /// </summary>
    private static RopResponse? CloneStream(RopContext context, RopCloneStreamRequest request)
    {
        if (!context.Options.ImplementCloneStream)
        {
            return context.Fail(ErrorCodes.NotSupported);
        }

        uint error = context.Resolve(request.InputHandleIndex, out StreamObject source);
        if (error != ErrorCodes.Success)
        {
            return context.Fail(error);
        }

        var clone = new StreamObject(context.Session, source.Content, source.Position);
        if (!context.SetOutputHandle(request.OutputHandleIndex, clone))
        {
            source.Content.Holders--;
            return context.Fail(ErrorCodes.InvalidParameter);
        }

        return new RopCloneStreamResponse { OutputHandleIndex = request.OutputHandleIndex };
    }
}
