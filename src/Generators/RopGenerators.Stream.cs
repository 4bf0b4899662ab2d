namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using FsCheck;
using FsCheck.Fluent;

public static partial class RopGenerators
{
    private static RopCase[] StreamCases =>
    [
        new(
            RopId.RopOpenStream,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            from tag in DataGenerators.AnyPropertyTag
            from mode in Gen.Elements(OpenStreamModeFlags.ReadOnly, OpenStreamModeFlags.ReadWrite, OpenStreamModeFlags.Create)
            select (RopRequest)new RopOpenStreamRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output, PropertyTag = tag, OpenModeFlags = mode },
            Gen.OneOf(
                Failure(RopId.RopOpenStream),
                from output in HandleIndex
                from size in DataGenerators.UInt32
                select StreamSample(new RopOpenStreamResponse { OutputHandleIndex = output, StreamSize = size }))),
        new(
            RopId.RopReadStream,
            from logon in LogonId
            from input in HandleIndex
            from limit in Gen.OneOf(
                DataGenerators.UInt16.Where(c => c != RopReadStreamRequest.UseMaximumByteCount).Select(c => (ByteCount: c, Maximum: (uint?)null)),
                DataGenerators.UInt32.Select(m => (ByteCount: RopReadStreamRequest.UseMaximumByteCount, Maximum: (uint?)m)))
            select (RopRequest)new RopReadStreamRequest { LogonId = logon, InputHandleIndex = input, ByteCount = limit.ByteCount, MaximumByteCount = limit.Maximum },
            from input in HandleIndex
            from returnValue in StreamReturnValue
            from data in StreamBytes
            select StreamSample(new RopReadStreamResponse { InputHandleIndex = input, ReturnValue = returnValue, Data = data })),
        new(
            RopId.RopWriteStream,
            from logon in LogonId
            from input in HandleIndex
            from data in StreamBytes
            select (RopRequest)new RopWriteStreamRequest { LogonId = logon, InputHandleIndex = input, Data = data },
            from input in HandleIndex
            from returnValue in StreamReturnValue
            from written in DataGenerators.UInt16
            select StreamSample(new RopWriteStreamResponse { InputHandleIndex = input, ReturnValue = returnValue, WrittenSize = written })),
        new(
            RopId.RopWriteStreamExtended,
            from logon in LogonId
            from input in HandleIndex
            from data in StreamBytes
            select (RopRequest)new RopWriteStreamExtendedRequest { LogonId = logon, InputHandleIndex = input, Data = data },
            from input in HandleIndex
            from returnValue in StreamReturnValue
            from written in DataGenerators.UInt32
            select StreamSample(new RopWriteStreamExtendedResponse { InputHandleIndex = input, ReturnValue = returnValue, WrittenSize = written })),
        new(
            RopId.RopCommitStream,
            from logon in LogonId
            from input in HandleIndex
            select (RopRequest)new RopCommitStreamRequest { LogonId = logon, InputHandleIndex = input },
            Gen.OneOf(
                Failure(RopId.RopCommitStream),
                HandleIndex.Select(input => StreamSample(new RopCommitStreamResponse { InputHandleIndex = input })))),
        new(
            RopId.RopGetStreamSize,
            from logon in LogonId
            from input in HandleIndex
            select (RopRequest)new RopGetStreamSizeRequest { LogonId = logon, InputHandleIndex = input },
            Gen.OneOf(
                Failure(RopId.RopGetStreamSize),
                from input in HandleIndex
                from size in DataGenerators.UInt32
                select StreamSample(new RopGetStreamSizeResponse { InputHandleIndex = input, StreamSize = size }))),
        new(
            RopId.RopSetStreamSize,
            from logon in LogonId
            from input in HandleIndex
            from size in DataGenerators.UInt64
            select (RopRequest)new RopSetStreamSizeRequest { LogonId = logon, InputHandleIndex = input, StreamSize = size },
            Gen.OneOf(
                Failure(RopId.RopSetStreamSize),
                HandleIndex.Select(input => StreamSample(new RopSetStreamSizeResponse { InputHandleIndex = input })))),
        new(
            RopId.RopSeekStream,
            from logon in LogonId
            from input in HandleIndex
            from origin in Gen.Elements(SeekStreamOrigin.Beginning, SeekStreamOrigin.Current, SeekStreamOrigin.End)
            from offset in DataGenerators.Int64
            select (RopRequest)new RopSeekStreamRequest { LogonId = logon, InputHandleIndex = input, Origin = origin, Offset = offset },
            Gen.OneOf(
                Failure(RopId.RopSeekStream),
                from input in HandleIndex
                from position in DataGenerators.UInt64
                select StreamSample(new RopSeekStreamResponse { InputHandleIndex = input, NewPosition = position }))),
        new(
            RopId.RopCopyToStream,
            from logon in LogonId
            from source in HandleIndex
            from destination in HandleIndex
            from count in DataGenerators.UInt64
            select (RopRequest)new RopCopyToStreamRequest { LogonId = logon, SourceHandleIndex = source, DestHandleIndex = destination, ByteCount = count },
            Gen.OneOf(
                from source in HandleIndex
                from returnValue in StreamReturnValue.Where(v => v != RopCopyToStreamNullDestinationResponse.NullDestinationObject)
                from read in DataGenerators.UInt64
                from written in DataGenerators.UInt64
                select StreamSample(new RopCopyToStreamResponse { SourceHandleIndex = source, ReturnValue = returnValue, ReadByteCount = read, WrittenByteCount = written }),
                from source in HandleIndex
                from destination in DataGenerators.UInt32
                from read in DataGenerators.UInt64
                from written in DataGenerators.UInt64
                select StreamSample(new RopCopyToStreamNullDestinationResponse { SourceHandleIndex = source, DestHandleIndex = destination, ReadByteCount = read, WrittenByteCount = written }))),
        new(
            RopId.RopProgress,
            from logon in LogonId
            from input in HandleIndex
            from cancel in DataGenerators.Boolean
            select (RopRequest)new RopProgressRequest { LogonId = logon, InputHandleIndex = input, WantCancel = cancel },
            Gen.OneOf(
                Failure(RopId.RopProgress),
                from input in HandleIndex
                from logon in LogonId
                from total in DataGenerators.UInt32
                from completed in DataGenerators.UInt32
                select StreamSample(new RopProgressResponse { InputHandleIndex = input, LogonId = logon, CompletedTaskCount = Math.Min(completed, total), TotalTaskCount = total }))),
        new(
            RopId.RopLockRegionStream,
            from logon in LogonId
            from input in HandleIndex
            from offset in DataGenerators.UInt64
            from size in DataGenerators.UInt64
            from flags in StreamLockFlags
            select (RopRequest)new RopLockRegionStreamRequest { LogonId = logon, InputHandleIndex = input, RegionOffset = offset, RegionSize = size, LockFlags = flags },
            Gen.OneOf(
                Failure(RopId.RopLockRegionStream),
                HandleIndex.Select(input => StreamSample(new RopLockRegionStreamResponse { InputHandleIndex = input })))),
        new(
            RopId.RopUnlockRegionStream,
            from logon in LogonId
            from input in HandleIndex
            from offset in DataGenerators.UInt64
            from size in DataGenerators.UInt64
            from flags in StreamLockFlags
            select (RopRequest)new RopUnlockRegionStreamRequest { LogonId = logon, InputHandleIndex = input, RegionOffset = offset, RegionSize = size, LockFlags = flags },
            Gen.OneOf(
                Failure(RopId.RopUnlockRegionStream),
                HandleIndex.Select(input => StreamSample(new RopUnlockRegionStreamResponse { InputHandleIndex = input })))),
        new(
            RopId.RopWriteAndCommitStream,
            from logon in LogonId
            from input in HandleIndex
            from data in StreamBytes
            select (RopRequest)new RopWriteAndCommitStreamRequest { LogonId = logon, InputHandleIndex = input, Data = data },
            from input in HandleIndex
            from returnValue in StreamReturnValue
            from written in DataGenerators.UInt16
            select StreamSample(new RopWriteAndCommitStreamResponse { InputHandleIndex = input, ReturnValue = returnValue, WrittenSize = written })),
        new(
            RopId.RopCloneStream,
            from logon in LogonId
            from input in HandleIndex
            from output in HandleIndex
            select (RopRequest)new RopCloneStreamRequest { LogonId = logon, InputHandleIndex = input, OutputHandleIndex = output },
            Gen.OneOf(
                Failure(RopId.RopCloneStream),
                HandleIndex.Select(output => StreamSample(new RopCloneStreamResponse { OutputHandleIndex = output })))),
        new(
            RopId.RopEmptyFolder,
            from logon in LogonId
            from input in HandleIndex
            from asynchronous in DataGenerators.Boolean
            from associated in DataGenerators.Boolean
            select (RopRequest)new RopEmptyFolderRequest { LogonId = logon, InputHandleIndex = input, WantAsynchronous = asynchronous, WantDeleteAssociated = associated },
            from input in HandleIndex
            from returnValue in StreamReturnValue
            from partial in DataGenerators.Boolean
            select StreamSample(new RopEmptyFolderResponse { InputHandleIndex = input, ReturnValue = returnValue, PartialCompletion = partial })),
    ];

    /// <summary>Success or any error, for the stream responses whose fields follow every ReturnValue.</summary>
    private static Gen<uint> StreamReturnValue =>
        Gen.Frequency((1, Gen.Constant(0u)), (1, Gen.Elements(0x80040305u, 0x80030005u, 0x00000503u)), (2, DataGenerators.UInt32));

    /// <summary>Stream data: mostly short, sometimes longer than 255 bytes so DataSize needs both bytes.</summary>
    private static Gen<ValueArray<byte>> StreamBytes =>
        Gen.Frequency(
            (4, DataGenerators.Bytes),
            (1, Gen.Choose(256, 700).SelectMany(n => Gen.ArrayOf(DataGenerators.Byte, n)).Select(b => new ValueArray<byte>(b))));

    /// <summary>0x00000001 (others may read) is the one named case; any other value is an exclusive lock ([MS-OXCPRPT] 2.2.24.1).</summary>
    private static Gen<uint> StreamLockFlags => Gen.Frequency((2, Gen.Constant(1u)), (1, DataGenerators.UInt32));

    private static ResponseSample StreamSample(RopResponse response) => new(response, RopResponseContext.None);
}
