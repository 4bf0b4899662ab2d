namespace Conformance.Store.Tests.Stream;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Stream;
using Conformance.Store.Tests.Infrastructure;

/// <summary>
/// What every ROP of [MS-OXCPRPT] 2.2.15 to 2.2.27 (RopProgress aside) shares: it is valid only on Stream objects,
/// and an input handle that names no object is NullObject ([MS-OXCROPS] 2.2.1). Each response keeps its layout.
/// </summary>
public sealed class StreamHandleTests
{
    private const byte Folder = 1;
    private const byte Empty = 9;

    private static IEnumerable<TestCaseData> StreamRops(byte input)
    {
        yield return new TestCaseData(new RopReadStreamRequest { InputHandleIndex = input, ByteCount = 1 }).SetArgDisplayNames("RopReadStream");
        yield return new TestCaseData(new RopWriteStreamRequest { InputHandleIndex = input, Data = new byte[] { 1 } }).SetArgDisplayNames("RopWriteStream");
        yield return new TestCaseData(new RopWriteStreamExtendedRequest { InputHandleIndex = input, Data = new byte[] { 1 } }).SetArgDisplayNames("RopWriteStreamExtended");
        yield return new TestCaseData(new RopCommitStreamRequest { InputHandleIndex = input }).SetArgDisplayNames("RopCommitStream");
        yield return new TestCaseData(new RopGetStreamSizeRequest { InputHandleIndex = input }).SetArgDisplayNames("RopGetStreamSize");
        yield return new TestCaseData(new RopSetStreamSizeRequest { InputHandleIndex = input, StreamSize = 1 }).SetArgDisplayNames("RopSetStreamSize");
        yield return new TestCaseData(new RopSeekStreamRequest { InputHandleIndex = input }).SetArgDisplayNames("RopSeekStream");
        yield return new TestCaseData(new RopCopyToStreamRequest { SourceHandleIndex = input, DestHandleIndex = input, ByteCount = 1 }).SetArgDisplayNames("RopCopyToStream");
        yield return new TestCaseData(new RopLockRegionStreamRequest { InputHandleIndex = input, RegionSize = 1 }).SetArgDisplayNames("RopLockRegionStream");
        yield return new TestCaseData(new RopUnlockRegionStreamRequest { InputHandleIndex = input, RegionSize = 1 }).SetArgDisplayNames("RopUnlockRegionStream");
        yield return new TestCaseData(new RopWriteAndCommitStreamRequest { InputHandleIndex = input, Data = new byte[] { 1 } }).SetArgDisplayNames("RopWriteAndCommitStream");
        yield return new TestCaseData(new RopCloneStreamRequest { InputHandleIndex = input, OutputHandleIndex = 5 }).SetArgDisplayNames("RopCloneStream");
    }

    private static IEnumerable<TestCaseData> OnEmptySlot() => StreamRops(Empty);

    private static IEnumerable<TestCaseData> OnFolder() => StreamRops(Folder);

    // [MS-OXCROPS] 2.2.1: NullObject when the handle slot names no object.
    [TestCaseSource(nameof(OnEmptySlot))]
    public async Task UnknownHandleIsNullObject(RopRequest request)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        Assert.That(await client.ReturnValueAsync(request), Is.EqualTo(ErrorCodes.NullObject));
    }

    // [MS-OXCPRPT] 2.2.15 to 2.2.27: valid only on Stream objects; a folder handle is NotSupported.
    [TestCaseSource(nameof(OnFolder))]
    public async Task FolderHandleIsNotSupported(RopRequest request)
    {
        await using var harness = new StoreHarness();
        StreamClient client = await StreamClient.ConnectAsync(harness);
        await client.OpenFolderAsync(Folder, client.Folders.Inbox);
        Assert.That(await client.ReturnValueAsync(request), Is.EqualTo(ErrorCodes.NotSupported));
    }
}
