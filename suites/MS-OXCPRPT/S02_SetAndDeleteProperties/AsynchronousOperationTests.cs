namespace Conformance.Suites.OXCPRPT.S02_SetAndDeleteProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;

/// <summary>
/// [MS-OXCPRPT] 3.1.5: a RopCopyProperties sent with WantAsynchronous may be answered with RopProgress; what the server
/// answers to a later RopProgress, and to another ROP sent before the operation is over.
/// </summary>
[TestFixture]
public sealed class AsynchronousOperationTests : PropertyObjectTest
{
    private const byte DestinationIndex = 4;

    /// <summary>More RopProgress requests than any server should need for one small copy.</summary>
    private const int MostProgressRequests = 50;

    [Test]
    [Requirement("MS-OXCPRPT-R0128")]
    public async Task RopProgress_is_answered_with_progress_or_the_final_response()
    {
        MailboxClient client = await LogonAsync();
        RopResponse first = await StartAsynchronousCopyAsync(client);
        if (first is not RopProgressResponse)
        {
            EndSynchronous(first, "MS-OXCPRPT-R0128");
            return;
        }

        // Each RopProgress gets another RopProgress or, at the end, the RopCopyProperties response ([MS-OXCPRPT] 3.1.5).
        var answers = new List<RopId>();
        for (int i = 0; i < MostProgressRequests; i++)
        {
            RopResponse answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = MessageIndex, WantCancel = false });
            answers.Add(answer.RopId);
            if (answer.RopId != RopId.RopProgress)
            {
                break;
            }
        }

        bool held = answers.All(id => id is RopId.RopProgress or RopId.RopCopyProperties);
        Check("MS-OXCPRPT-R0128", held, "RopProgress or RopCopyProperties responses only", string.Join(", ", answers));
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0129")]
    public async Task Another_ROP_during_an_asynchronous_operation_is_answered()
    {
        MailboxClient client = await LogonAsync();
        RopResponse first = await StartAsynchronousCopyAsync(client);
        if (first is not RopProgressResponse)
        {
            EndSynchronous(first, "MS-OXCPRPT-R0129");
            return;
        }

        // Before the copy is over, a different ROP on the same logon: the server abandons the copy and answers it.
        RopResponse answer = await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = MessageIndex, WantUnicode = true, PropertyTags = new[] { PropertyRopTags.Subject } });
        bool held = answer is RopGetPropertiesSpecificResponse { ReturnValue: 0 } properties && Equals(properties.RowData.ValueArray[0].Value, PropertyValue.String("conformance property object"));
        Check("MS-OXCPRPT-R0129", held, "the RopGetPropertiesSpecific response with the source's subject", answer.ToString());
    }

    /// <summary>Creates a source and a destination message and sends RopCopyProperties with WantAsynchronous; returns the first answer.</summary>
    private async Task<RopResponse> StartAsynchronousCopyAsync(MailboxClient client)
    {
        OpenedObject source = await OpenObjectAsync(client, ObjectKind.Message);
        await client.CreateMessageAsync(source.Folder.FolderId, DestinationIndex);
        return await client.RunAsync(new RopCopyPropertiesRequest
        {
            SourceHandleIndex = MessageIndex,
            DestHandleIndex = DestinationIndex,
            WantAsynchronous = true,
            CopyFlags = CopyFlags.None,
            PropertyTags = new[] { PropertyRopTags.Subject },
        });
    }

    /// <summary>The server may always process the copy synchronously ([MS-OXCPRPT] 2.2.10.1); then the rule has nothing to apply to.</summary>
    private void EndSynchronous(RopResponse first, string id)
    {
        string reason = $"the target answered the asynchronous RopCopyProperties synchronously ({first.RopId}), so no asynchronous operation was under way";
        Requirements.Current.Inconclusive(id, reason, LastExchange);
        Assert.Inconclusive(reason);
    }
}
