namespace Conformance.Suites.OXCPRPT.S05_CopyProperties;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using static Conformance.Suites.OXCPRPT.S05_CopyProperties.CopyObjects;

/// <summary>
/// [MS-OXCPRPT] 3.1.5: while an asynchronous RopCopyTo or RopCopyProperties runs, RopProgress gets progress or the
/// copy's own response, and any other ROP on the same logon aborts the copy and is answered itself.
/// </summary>
[TestFixture]
public sealed class AbortTests : ConformanceTest
{
    private const byte Source = 2;
    private const byte Destination = 3;

    /// <summary>More RopProgress requests than any operation this small should need.</summary>
    private const int MaximumProgressRequests = 50;

    private const string Subject = "copied asynchronously";

    /// <summary>The two ROPs of [MS-OXCPRPT] that can run asynchronously (3.1.5).</summary>
    private static readonly RopId[] CopyRops = [RopId.RopCopyTo, RopId.RopCopyProperties];

    [TestCaseSource(nameof(CopyRops))]
    [Requirement("MS-OXCPRPT-R0128")]
    public async Task RopProgress_during_an_asynchronous_copy_is_answered_with_progress_or_the_copy_response(RopId copyRop)
    {
        MailboxClient client = await StartAsynchronousCopyAsync(copyRop, "MS-OXCPRPT-R0128");

        var answers = new List<RopResponse>();
        RopResponse answer;
        do
        {
            answer = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });
            answers.Add(answer);
        }
        while (answer is RopProgressResponse { ReturnValue: 0 } && answers.Count < MaximumProgressRequests);

        // [MS-OXCPRPT] 3.1.5: each RopProgress sent while the copy runs gets a RopProgress response or the response of
        // the copy ROP itself; nothing else (a refusal of RopProgress included).
        bool held = answers.All(a => a is RopProgressResponse { ReturnValue: 0 } || a.RopId == copyRop);
        Check(
            "MS-OXCPRPT-R0128",
            held,
            $"RopProgress responses, then the {copyRop} response",
            string.Join("; ", answers.Select(a => a.ToString())));
    }

    [TestCaseSource(nameof(CopyRops))]
    [Requirement("MS-OXCPRPT-R0129")]
    [Requirement("MS-OXCPRPT-R0228")]
    public async Task Another_ROP_on_the_same_logon_aborts_the_asynchronous_copy_and_is_answered(RopId copyRop)
    {
        MailboxClient client = await StartAsynchronousCopyAsync(copyRop, "MS-OXCPRPT-R0129", "MS-OXCPRPT-R0228");

        // Any ROP but RopProgress on the logon of the copy will do: a read of the destination.
        RopResponse other = await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = Destination, WantUnicode = true, PropertyTags = new[] { Tags.Subject } });
        RopResponse afterwards = await client.RunAsync(new RopProgressRequest { InputHandleIndex = Source });

        // [MS-OXCPRPT] 3.1.5: the new ROP gets its own response, and the copy no longer runs, so RopProgress can no
        // longer report it in progress.
        bool answered = other is RopGetPropertiesSpecificResponse { ReturnValue: 0 };
        bool aborted = afterwards is not RopProgressResponse { ReturnValue: 0 };
        Check(
            "MS-OXCPRPT-R0129",
            answered && aborted,
            "a successful RopGetPropertiesSpecific response, then no RopProgress reporting the copy still running",
            $"{other}; then RopProgress answered {afterwards}");

        // [MS-OXCPRPT] 3.2.5.20: once the copy is aborted (or was already done), RopProgress gets the response of the
        // original ROP, success or failure.
        Check("MS-OXCPRPT-R0228", afterwards.RopId == copyRop, $"the {copyRop} response (success or failure)", afterwards);
    }

    /// <summary>
    /// Two saved messages open at <see cref="Source"/> and <see cref="Destination"/>, then the copy ROP with
    /// WantAsynchronous on a target told to go asynchronous. A first answer other than RopProgress leaves nothing in
    /// progress to observe (Inconclusive).
    /// </summary>
    private async Task<MailboxClient> StartAsynchronousCopyAsync(RopId copyRop, params string[] ids)
    {
        IServerControl control = RequireServerControl("make copies asynchronous", ids);
        control.SetAsynchronousProcessing(true);

        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        await client.CreateSavedMessageAsync(folder.FolderId, Source, Tags.String(Tags.Subject, Subject));
        await client.CreateSavedMessageAsync(folder.FolderId, Destination, Tags.Integer(Tags.Importance, 0));

        RopRequest copy = copyRop == RopId.RopCopyTo
            ? CopyTo(Source, Destination) with { WantAsynchronous = true }
            : CopyProperties(Source, Destination, CopyFlags.None, Tags.Subject) with { WantAsynchronous = true };
        RopResponse first = await client.RunAsync(copy);
        if (first is not RopProgressResponse { ReturnValue: 0 })
        {
            // [MS-OXCPRPT] 3.2.5.7, 3.2.5.8: the server may still answer with the copy's own response at once.
            foreach (string id in ids)
            {
                Requirements.Current.Recorder.RecordInconclusive(id, $"the target answered the asynchronous {copyRop} synchronously ({first}), so no operation was in progress", LastExchange);
            }

            Assert.Inconclusive($"the target processed {copyRop} synchronously ({first}); nothing was in progress");
        }

        return client;
    }
}
