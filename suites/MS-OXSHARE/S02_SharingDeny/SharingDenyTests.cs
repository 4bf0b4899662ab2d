namespace Conformance.Suites.OXSHARE.S02_SharingDeny;

using Conformance.Protocol.Data;
using Conformance.Suites.OXSHARE.Flows;
using Conformance.Suites.OXSHARE.Validation;
using V = Validation.SharingMessageValidator;

/// <summary>[MS-OXSHARE] 3.1.4.4 and 4.2: User2 (Ryan) denies User1's (Kendall's) request for his calendar.</summary>
[TestFixture]
public sealed class SharingDenyTests : SharingFlowTest
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
    [Requirement("MS-OXSHARE-R0034")]
    [Requirement("MS-OXSHARE-R0036")]
    [Requirement("MS-OXSHARE-R0037")]
    [Requirement("MS-OXSHARE-R0038")]
    public async Task Deny_response_conforms_when_the_requester_opens_it()
    {
        Denial denial = await DenyAsync();

        // The response relates to the special folder the request named; its local type is the request's (2.2.2.10).
        var context = new SharingValidationContext
        {
            InitiatorEntryId = denial.Ryan.EntryId,
            ExpectedFlavor = V.DenyResponse,
            RelatesToSpecialFolder = true,
            RequestLocalType = denial.RequestLocalType,
        };
        SharingValidationReport report = await OpenAndValidateAsync(User1, denial.KendallFolder.FolderId, denial.ResponseId, context);
        Record(report, context, "the deny response as the requester opens it");
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
    public async Task Denied_request_records_the_denial_when_its_recipient_opens_it_again()
    {
        Denial denial = await DenyAsync();

        SharingValidationContext context = AnsweredRequestContext(denial.Kendall, V.Denied);
        SharingValidationReport report = await OpenAndValidateAsync(User2, denial.RyanFolder.FolderId, denial.RequestId, context);
        Record(report, context, "the denied sharing request as Ryan opens it again");
    }

    // [MS-OXSHARE] 3.1.4.4: the response carries sections 2.2.1, 2.2.2 and 2.2.5; then the request is answered.
    private async Task<Denial> DenyAsync()
    {
        (Participant kendall, Participant ryan, TestFolder kendallFolder, TestFolder ryanFolder, ObjectId requestId, string requestLocalType) = await DeliverToRyanAsync();
        var response = Compose(ryan, V.DenyResponse, specialFolder: true, requestLocalType, "Denied: sharing request: calendar");
        ObjectId responseId = await SaveAsync(kendall.Client, kendallFolder.FolderId, 2, response);
        await AnswerRequestAsync(ryan, ryanFolder, requestId, V.Denied);
        return new Denial(kendall, ryan, kendallFolder, ryanFolder, requestId, responseId, requestLocalType);
    }

    private sealed record Denial(Participant Kendall, Participant Ryan, TestFolder KendallFolder, TestFolder RyanFolder, ObjectId RequestId, ObjectId ResponseId, string RequestLocalType);
}
