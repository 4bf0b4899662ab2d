namespace Conformance.Suites.OXSHARE.S03_SharingAccept;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Suites.OXSHARE.Flows;
using Conformance.Suites.OXSHARE.Validation;
using P = Validation.SharingProperties;
using V = Validation.SharingMessageValidator;

/// <summary>[MS-OXSHARE] 3.1.4.3 and 4.3: User2 (Ryan) accepts User1's (Kendall's) request and shares a calendar.</summary>
[TestFixture]
public sealed class SharingAcceptTests : SharingFlowTest
{
    // [MS-OXCFOLD] 2.2.2.2 / [MS-OXPROPS]: the folder properties section 2.2.3 copies.
    private static readonly PropertyTag DisplayName = new(0x3001, PropertyType.PtypString);
    private static readonly PropertyTag ContainerClass = new(0x3613, PropertyType.PtypString);
    private static readonly PropertyTag EntryId = new(0x0FFF, PropertyType.PtypBinary);
    private static readonly PropertyTag StoreEntryId = new(0x0FFB, PropertyType.PtypBinary);

    [Test]
    [Requirement("MS-OXSHARE-R0001")]
    [Requirement("MS-OXSHARE-R0002")]
    [Requirement("MS-OXSHARE-R0003")]
    [Requirement("MS-OXSHARE-R0004")]
    [Requirement("MS-OXSHARE-R0005")]
    [Requirement("MS-OXSHARE-R0006")]
    [Requirement("MS-OXSHARE-R0007")]
    [Requirement("MS-OXSHARE-R0012")]
    [Requirement("MS-OXSHARE-R0013")]
    [Requirement("MS-OXSHARE-R0014")]
    [Requirement("MS-OXSHARE-R0015")]
    [Requirement("MS-OXSHARE-R0017")]
    [Requirement("MS-OXSHARE-R0020")]
    [Requirement("MS-OXSHARE-R0024")]
    [Requirement("MS-OXSHARE-R0025")]
    [Requirement("MS-OXSHARE-R0026")]
    [Requirement("MS-OXSHARE-R0027")]
    [Requirement("MS-OXSHARE-R0028")]
    [Requirement("MS-OXSHARE-R0030")]
    [Requirement("MS-OXSHARE-R0032")]
    [Requirement("MS-OXSHARE-R0033")]
    [Requirement("MS-OXSHARE-R0034")]
    [Requirement("MS-OXSHARE-R0036")]
    [Requirement("MS-OXSHARE-R0037")]
    [Requirement("MS-OXSHARE-R0038")]
    public async Task Accept_response_conforms_when_the_requester_opens_it()
    {
        Acceptance acceptance = await AcceptAsync();

        var context = new SharingValidationContext
        {
            InitiatorEntryId = acceptance.Ryan.EntryId,
            ExpectedFlavor = V.AcceptResponse,
            RelatesToSpecialFolder = false,
            RequestLocalType = acceptance.RequestLocalType,
            Folder = acceptance.Folder,
            Excluded = acceptance.Folder.StoreEntryId is null
                ? new Dictionary<string, string>
                {
                    ["MS-OXSHARE-R0026"] = "the target gives no PidTagStoreEntryId for the shared folder, so no client can copy it",
                    ["MS-OXSHARE-R0027"] = "the target gives no PidTagStoreEntryId for the shared folder, so no client can copy it",
                }
                : new Dictionary<string, string>(),
        };
        SharingValidationReport report = await OpenAndValidateAsync(User1, acceptance.KendallFolder.FolderId, acceptance.ResponseId, context);
        string built = acceptance.EntryIdExposed ? string.Empty : " (the target gives no PidTagEntryId for the folder: its Folder EntryID is built as [MS-OXCDATA] 2.2.4.1 lays it out)";
        Record(report, context, "the accept response as the requester opens it" + built);
    }

    [Test]
    [Requirement("MS-OXSHARE-R0001")]
    [Requirement("MS-OXSHARE-R0002")]
    [Requirement("MS-OXSHARE-R0003")]
    [Requirement("MS-OXSHARE-R0004")]
    [Requirement("MS-OXSHARE-R0005")]
    [Requirement("MS-OXSHARE-R0006")]
    [Requirement("MS-OXSHARE-R0007")]
    [Requirement("MS-OXSHARE-R0012")]
    [Requirement("MS-OXSHARE-R0013")]
    [Requirement("MS-OXSHARE-R0014")]
    [Requirement("MS-OXSHARE-R0015")]
    [Requirement("MS-OXSHARE-R0017")]
    [Requirement("MS-OXSHARE-R0020")]
    [Requirement("MS-OXSHARE-R0022")]
    [Requirement("MS-OXSHARE-R0035")]
    [Requirement("MS-OXSHARE-R0036")]
    [Requirement("MS-OXSHARE-R0037")]
    [Requirement("MS-OXSHARE-R0038")]
    public async Task Accepted_request_records_the_acceptance_when_its_recipient_opens_it_again()
    {
        Acceptance acceptance = await AcceptAsync();

        SharingValidationContext context = AnsweredRequestContext(acceptance.Kendall, V.Accepted);
        SharingValidationReport report = await OpenAndValidateAsync(User2, acceptance.RyanFolder.FolderId, acceptance.RequestId, context);
        Record(report, context, "the accepted sharing request as Ryan opens it again");
    }

    // [MS-OXSHARE] 3.1.4.3: the response carries sections 2.2.1 to 2.2.3 and 2.2.5; then the request is answered.
    private async Task<Acceptance> AcceptAsync()
    {
        (Participant kendall, Participant ryan, TestFolder kendallFolder, TestFolder ryanFolder, ObjectId requestId, string requestLocalType) = await DeliverToRyanAsync();

        // The section 4.3 example shares Ryan's Calendar special folder. A test reads and exposes nothing of the
        // mailbox beyond its own folder, so Ryan shares a calendar folder the test creates; it is not a special
        // folder, so the capabilities are 0x000402B0 (2.2.2.1). Its identity comes from the target.
        ObjectId calendarId = (await ryan.Client.CreateFolderAsync(ryanFolder.Index, 4, "Calendar")).FolderId;
        await ryan.Client.SetPropertiesAsync(4, new TaggedPropertyValue(ContainerClass, PropertyValue.String(requestLocalType)));
        PropertyRow folder = await ryan.Client.GetPropertiesAsync(4, DisplayName, ContainerClass, EntryId, StoreEntryId);
        var facts = new SharedFolderFacts(
            StringOf(folder.ValueArray[0].Value),
            StringOf(folder.ValueArray[1].Value),
            await FolderEntryIdAsync(ryan, calendarId, folder.ValueArray[2].Value),
            BytesOf(folder.ValueArray[3].Value));

        var response = Compose(ryan, V.AcceptResponse, specialFolder: false, requestLocalType, "Allowed: sharing request: calendar");
        string remoteName = facts.DisplayName ?? "Calendar";
        string remoteUid = V.Hex(facts.EntryId!);
        response[P.RemoteName] = PropertyValue.String(remoteName);
        response[P.XRemoteName] = PropertyValue.String(remoteName);
        response[P.RemoteType] = PropertyValue.String(requestLocalType);
        response[P.XRemoteType] = PropertyValue.String(requestLocalType);
        response[P.RemoteUid] = PropertyValue.String(remoteUid);
        response[P.XRemoteUid] = PropertyValue.String(remoteUid);
        if (facts.StoreEntryId is { } storeEntryId)
        {
            response[P.RemoteStoreUid] = PropertyValue.String(V.Hex(storeEntryId));
            response[P.XRemoteStoreUid] = PropertyValue.String(V.Hex(storeEntryId));
        }

        ObjectId responseId = await SaveAsync(kendall.Client, kendallFolder.FolderId, 2, response);
        await AnswerRequestAsync(ryan, ryanFolder, requestId, V.Accepted);
        return new Acceptance(kendall, ryan, kendallFolder, ryanFolder, requestId, responseId, requestLocalType, facts, folder.ValueArray[2].Value is PropertyValue<ValueArray<byte>>);
    }

    private static string? StringOf(PropertyValue? value) => value is PropertyValue<string> { Type: PropertyType.PtypString } text ? text.Value : null;

    private static byte[]? BytesOf(PropertyValue? value) => value is PropertyValue<ValueArray<byte>> { Type: PropertyType.PtypBinary } bytes ? bytes.Value.ToArray() : null;

    private sealed record Acceptance(Participant Kendall, Participant Ryan, TestFolder KendallFolder, TestFolder RyanFolder, ObjectId RequestId, ObjectId ResponseId, string RequestLocalType, SharedFolderFacts Folder, bool EntryIdExposed);
}
