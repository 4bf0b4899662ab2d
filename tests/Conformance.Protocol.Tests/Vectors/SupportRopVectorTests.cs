namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Support;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>Byte examples of the supporting ROPs.</summary>
public sealed class SupportRopVectorTests
{
    [Test]
    public void RopReleaseRequestHasThreeBytes() =>
        // [MS-OXCROPS] 2.2.15.3.1: RopId 0x01, LogonId, InputHandleIndex.
        Codec.AssertRequestVector("01 00 02", new RopReleaseRequest { LogonId = 0, InputHandleIndex = 2 });

    [Test]
    public void RopOpenFolderRequestLaysOutFolderIdAfterHandles() =>
        // [MS-OXCROPS] 2.2.4.1.1: RopId, LogonId, InputHandleIndex, OutputHandleIndex, FolderId (8), OpenModeFlags.
        Codec.AssertRequestVector(
            "02 00 00 01 01 00 00 00 00 78 27 1A 00",
            new RopOpenFolderRequest
            {
                InputHandleIndex = 0,
                OutputHandleIndex = 1,
                FolderId = new ObjectId(0x0001, 0x000000_78271A),
                OpenModeFlags = OpenFolderModeFlags.None,
            });

    [Test]
    public void RopOpenFolderFailureIsTheGenericFailureResponse() =>
        // [MS-OXCROPS] 2.2.4.1.2: on failure only RopId, OutputHandleIndex and ReturnValue (ecNotFound 0x8004010F).
        Codec.AssertResponseVector("02 01 0F 01 04 80", RopResponseContext.None, new RopFailureResponse(RopId.RopOpenFolder, 1, 0x8004010F));
}
