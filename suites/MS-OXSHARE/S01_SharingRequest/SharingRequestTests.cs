namespace Conformance.Suites.OXSHARE.S01_SharingRequest;

using Conformance.Protocol.Data;
using Conformance.Suites.OXSHARE.Flows;
using Conformance.Suites.OXSHARE.Validation;
using V = Validation.SharingMessageValidator;

/// <summary>[MS-OXSHARE] 3.1.4.2 and 4.1: User1 (Kendall) asks User2 (Ryan) for his calendar special folder.</summary>
[TestFixture]
public sealed class SharingRequestTests : SharingFlowTest
{
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
    [Requirement("MS-OXSHARE-R0036")]
    [Requirement("MS-OXSHARE-R0037")]
    [Requirement("MS-OXSHARE-R0038")]
    public async Task Sharing_request_the_initiator_composes_conforms_when_the_recipient_opens_it()
    {
        Participant kendall = await JoinAsync(User1);
        Participant ryan = await JoinAsync(User2);
        TestFolder ryanFolder = await CreateTestFolderAsync(ryan.Client);

        // [MS-OXSHARE] 3.1.4.2: sections 2.2.1, 2.2.2 and 2.2.5 only; a request is for a special folder (2.2.2.5),
        // named by its folder type since it is the recipient's (3.1.4.3).
        ObjectId requestId = await DeliverRequestAsync(kendall, ryan, ryanFolder);

        // The folder asked for is Ryan's calendar: only its type is known to Kendall ([MS-OXSHARE] 2.2.2.10).
        var context = new SharingValidationContext
        {
            InitiatorEntryId = kendall.EntryId,
            ExpectedFlavor = V.RequestForSpecialFolder,
            RelatesToSpecialFolder = true,
            Folder = new SharedFolderFacts(null, CalendarType, null, null),
        };
        SharingValidationReport report = await OpenAndValidateAsync(User2, ryanFolder.FolderId, requestId, context);
        Record(report, context, "the sharing request as its recipient opens it");
    }
}
