namespace Conformance.Protocol.Tests.Vectors;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Tests.Infrastructure;

/// <summary>
/// The response layouts that depend on ReturnValue, checked on bytes built from the [MS-OXCROPS] 2.2.8 layouts.
/// These are not specification examples (the specifications give none for them).
/// </summary>
public sealed class PropertyRopLayoutTests
{
    [Test]
    public void CopyToNullDestinationCarriesAFourByteDestHandleIndex() =>
        // [MS-OXCROPS] 2.2.8.12.3: RopId, SourceHandleIndex, ReturnValue 0x00000503, DestHandleIndex (4 bytes).
        Codec.AssertResponseVector(
            "39 01 03 05 00 00 02 00 00 00",
            RopResponseContext.None,
            new RopCopyToNullDestinationResponse { SourceHandleIndex = 1, DestHandleIndex = 2 });

    [Test]
    public void CopyPropertiesNullDestinationCarriesAFourByteDestHandleIndex() =>
        // [MS-OXCROPS] 2.2.8.11.3.
        Codec.AssertResponseVector(
            "67 00 03 05 00 00 01 00 00 00",
            RopResponseContext.None,
            new RopCopyPropertiesNullDestinationResponse { SourceHandleIndex = 0, DestHandleIndex = 1 });

    [Test]
    public void CopyPropertiesOtherFailureHasNoBody() =>
        // [MS-OXCROPS] 2.2.8.11.4: any value but 0 and 0x00000503 (here NotSupported 0x80040102).
        Codec.AssertResponseVector(
            "67 00 02 01 04 80",
            RopResponseContext.None,
            new RopFailureResponse(RopId.RopCopyProperties, 0, 0x80040102));

    [Test]
    public void CopyToSuccessListsPropertyProblems() =>
        // [MS-OXCROPS] 2.2.8.12.2: one PropertyProblem (index 0, PidTagSubject, AccessDenied 0x80070005).
        Codec.AssertResponseVector(
            "39 01 00 00 00 00 01 00 00 00 1F 00 37 00 05 00 07 80",
            RopResponseContext.None,
            new RopCopyToResponse
            {
                SourceHandleIndex = 1,
                PropertyProblems = new[] { new PropertyProblem(0, new PropertyTag(0x0037001F), 0x80070005) },
            });

    [Test]
    public void GetPropertyIdsFromNamesWarningKeepsTheBody() =>
        // ErrorsReturned (0x00040380): one name mapped, one not (0x0000) ([MS-OXCPRPT] 2.2.12.2).
        Codec.AssertResponseVector(
            "56 00 80 03 04 00 02 00 3E 86 00 00",
            RopResponseContext.None,
            new RopGetPropertyIdsFromNamesResponse { ReturnValue = PropertyReturnValues.ErrorsReturned, PropertyIds = new ushort[] { 0x863E, 0x0000 } });

    [Test]
    public void QueryNamedPropertiesWarningKeepsTheBody() =>
        // ErrorsReturned with IdCount 1: ID 0x8001, then a LID name (Kind 0x00, PS_PUBLIC_STRINGS, LID 0x00008501).
        Codec.AssertResponseVector(
            "5F 00 80 03 04 00 01 00 01 80 00 29 03 02 00 00 00 00 00 C0 00 00 00 00 00 00 46 01 85 00 00",
            RopResponseContext.None,
            new RopQueryNamedPropertiesResponse
            {
                ReturnValue = PropertyReturnValues.ErrorsReturned,
                PropertyIds = new ushort[] { 0x8001 },
                PropertyNames = new[] { PropertyName.FromLid(PropertyName.PsPublicStrings, 0x8501) },
            });

    [Test]
    public void GetNamesFromPropertyIdsWarningIsAPlainFailure() =>
        // No specification gives this ROP a body on a nonzero ReturnValue: names it cannot map come back as Kind 0xFF instead.
        Codec.AssertResponseVector(
            "55 00 80 03 04 00",
            RopResponseContext.None,
            new RopFailureResponse(RopId.RopGetNamesFromPropertyIds, 0, PropertyReturnValues.ErrorsReturned));

    [Test]
    public void QueryNamedPropertiesRequestWithGuid() =>
        // [MS-OXCROPS] 2.2.8.10.1: QueryFlags NoStrings, HasGuid, then PS_PUBLIC_STRINGS.
        Codec.AssertRequestVector(
            "5F 00 00 01 01 29 03 02 00 00 00 00 00 C0 00 00 00 00 00 00 46",
            new RopQueryNamedPropertiesRequest
            {
                QueryFlags = QueryFlags.NoStrings,
                HasGuid = true,
                PropertyGuid = PropertyName.PsPublicStrings,
            });

    [Test]
    public void CopyToRequestLaysOutBothHandlesBeforeTheFlags() =>
        // [MS-OXCROPS] 2.2.8.12.1: SourceHandleIndex, DestHandleIndex, WantAsynchronous, WantSubObjects, CopyFlags, ExcludedTagCount, ExcludedTags.
        Codec.AssertRequestVector(
            "39 00 00 01 01 01 02 01 00 1F 00 37 00",
            new RopCopyToRequest
            {
                SourceHandleIndex = 0,
                DestHandleIndex = 1,
                WantAsynchronous = true,
                WantSubObjects = true,
                CopyFlags = CopyFlags.NoOverwrite,
                ExcludedTags = new[] { new PropertyTag(0x0037001F) },
            });
}
