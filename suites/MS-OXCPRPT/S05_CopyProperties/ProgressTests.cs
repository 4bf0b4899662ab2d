namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>[MS-OXCPRPT] 3.2.5.8 and 3.2.5.20: RopCopyTo with WantAsynchronous, followed by RopProgress.</summary>
[TestFixture]
public sealed class ProgressTests : ConformanceTest
{
    private const byte Source = 2;
    private const byte Destination = 3;

    /// <summary>More RopProgress requests than any operation this small should need.</summary>
    private const int MaximumProgressRequests = 50;

    private static readonly string[] ProgressIds = ["MS-OXCPRPT-R0226", "MS-OXCPRPT-R0227", "MS-OXCPRPT-R0228"];

    /// <summary>
    /// Two saved messages open at <see cref="Source"/> and <see cref="Destination"/>, then RopCopyTo with
    /// WantAsynchronous. Whether the server goes asynchronous is its choice ([MS-OXCPRPT] 2.2.11.1): a target with
    /// server control is asked to; one that answers synchronously leaves RopProgress unobservable (Inconclusive).
    /// </summary>
    private async Task<MailboxClient> StartAsynchronousCopyAsync()
    {
        if (Target.ServerControl is { } control)
        {
            control.SetAsynchronousProcessing(true);
            AddCleanup(() =>
            {
                control.Reset();
                return Task.CompletedTask;
            });
        }

        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, Source, Tags.String(Tags.Subject, "copied asynchronously"));
        await client.CreateSavedMessageAsync(folder.FolderId, Destination, Tags.Integer(Tags.Importance, 0));

        RopResponse first = await client.RunAsync(CopyTo(Source, Destination) with { WantAsynchronous = true });
        if (first is not RopProgressResponse { ReturnValue: 0 })
        {
            // [MS-OXCPRPT] 3.2.5.8: a completed operation may be answered with the RopCopyTo response at once.
            foreach (string id in ProgressIds)
            {
                Requirements.Current.Recorder.RecordInconclusive(id, $"the target answered the asynchronous RopCopyTo synchronously ({first}), so no operation was in progress", LastExchange);
            }

            Assert.Inconclusive($"the target processed RopCopyTo synchronously ({first}); RopProgress cannot be observed");
        }

        return client;
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0226")]
    [Requirement("MS-OXCPRPT-R0227")]
    [Requirement("MS-OXCPRPT-R0228")]
    public async Task RopProgress_is_answered_with_progress_until_the_copy_is_done_then_with_the_RopCopyTo_response()
    {
        MailboxClient client = await StartAsynchronousCopyAsync();

        var progress = new List<RopProgressResponse>();
        RopResponse answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
        RopResponse firstAnswer = answer;
        while (answer is RopProgressResponse { ReturnValue: 0 } running && progress.Count < MaximumProgressRequests)
        {
            progress.Add(running);
            answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
        }

        // [MS-OXCPRPT] 3.2.5.20: servers SHOULD implement RopProgress: the request is answered with progress or the final response, not refused.
        Check(
            "MS-OXCPRPT-R0226",
            firstAnswer is RopProgressResponse { ReturnValue: 0 } || firstAnswer.RopId == RopId.RopCopyTo,
            "a RopProgress response or the RopCopyTo response",
            firstAnswer);

        // [MS-OXCPRPT] 3.2.5.20: while the copy is not done, each RopProgress gets a RopProgress response; the only
        // other answer allowed is the one that ends the operation, the RopCopyTo response.
        Check(
            "MS-OXCPRPT-R0227",
            answer is RopProgressResponse { ReturnValue: 0 } || answer.RopId == RopId.RopCopyTo,
            "RopProgress responses, then the RopCopyTo response",
            $"{progress.Count} RopProgress response(s), then {answer}");

        // [MS-OXCPRPT] 3.2.5.20: once done, the answer is the response of the original ROP, and the copy has been carried out.
        PropertyValue? copied = await client.GetPropertyAsync(Destination, Tags.Subject);
        Check(
            "MS-OXCPRPT-R0228",
            answer is RopCopyToResponse { ReturnValue: 0 } && Equals(copied, PropertyValue.String("copied asynchronously")),
            "a successful RopCopyTo response, and the subject on the destination",
            $"{answer}; destination subject {Show(copied)}");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0228")]
    public async Task RopProgress_with_WantCancel_is_answered_with_the_RopCopyTo_response()
    {
        MailboxClient client = await StartAsynchronousCopyAsync();

        // [MS-OXCPRPT] 3.2.5.20: the server may abort instead of completing, or go on reporting progress until it is done.
        RopResponse answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source, WantCancel = true });
        for (int sent = 1; answer is RopProgressResponse { ReturnValue: 0 } && sent < MaximumProgressRequests; sent++)
        {
            answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source, WantCancel = true });
        }

        // [MS-OXCPRPT] 3.2.5.20: once aborted or completed, the answer is the RopCopyTo response, success or failure.
        Check("MS-OXCPRPT-R0228", answer.RopId == RopId.RopCopyTo, "the RopCopyTo response (success or failure)", answer);
    }
}
