namespace Conformance.Suites.OXCPRPT.S06_PropertyModel;

using Conformance.Adapters.Client;

/// <summary>
/// A stateful, model-based check of [MS-OXCPRPT] 3.2.5.1, 3.2.5.4 and 3.2.5.5 on a Message object: random
/// sequences of RopSetProperties, RopGetPropertiesSpecific, RopDeleteProperties, RopSaveChangesMessage and
/// reopening (RopRelease then RopOpenMessage) run against the target and against <see cref="MessageModel"/>;
/// the first divergence fails with the sequence FsCheck shrank it to.
/// </summary>
[TestFixture]
public sealed class PropertyModelTests : ConformanceTest
{
    /// <summary>Sequences per run (each of up to <see cref="Commands.MaximumLength"/> commands).</summary>
    private const int Sequences = 50;

    [Test]
    [Requirement(ModelRunner.GetValues)]
    [Requirement(ModelRunner.GetOrder)]
    [Requirement(ModelRunner.SetChanges)]
    [Requirement(ModelRunner.SetReadable)]
    [Requirement(ModelRunner.SetNotPersisted)]
    [Requirement(ModelRunner.DeleteRemoves)]
    [Requirement(ModelRunner.DeletedHasNoValue)]
    [Requirement(ModelRunner.DeletedReadsNotFound)]
    [Requirement(ModelRunner.DeletedAtOnce)]
    [Requirement(ModelRunner.DeletedAbsentOnGet)]
    [Requirement(ModelRunner.DeleteNotPersisted)]
    public async Task Random_property_sequences_on_a_message_agree_with_the_specification_model()
    {
        MailboxClient client = await LogonAsync();
        TestFolder folder = await CreateTestFolderAsync(client);
        var tally = new Tally();
        var runner = new ModelRunner(client, folder.FolderId, tally);

        var failure = await Task.Run(() => runner.Check(Sequences));

        // One checkpoint per requirement: those the failing sequence does not break held over every comparison made.
        string[] broken = failure?.Divergence.Ids ?? [];
        foreach (string id in ModelRunner.MustIds.Where(id => !broken.Contains(id)))
        {
            if (tally[id] == 0)
            {
                Requirements.Current.Recorder.RecordInconclusive(id, "no generated sequence reached a comparison for this requirement", LastExchange);
                continue;
            }

            Check(id, true, "the model's answer", $"{tally[id]} comparisons agreed", $"{Sequences} random sequences against the model");
        }

        if (tally.NotFoundDeviation is { } deviation)
        {
            Requirements.Check(ModelRunner.DeletedReadsNotFound, false, deviation.Expected, deviation.Actual, $"step {deviation.Step + 1}: {deviation.Command}", deviation.Exchange);
        }
        else if (tally[ModelRunner.DeletedReadsNotFound] > 0)
        {
            Check(ModelRunner.DeletedReadsNotFound, true, "NotFound flagged", $"{tally[ModelRunner.DeletedReadsNotFound]} reads of unset properties flagged NotFound");
        }

        if (failure is not { } found)
        {
            return;
        }

        TestContext.Out.WriteLine(found.Report);
        string message = $"step {found.Divergence.Step + 1} ({found.Divergence.Command}) of the shrunk sequence: {Commands.Describe(found.Sequence)}";
        if (broken.Length == 0)
        {
            Assert.Fail($"{message}: expected {found.Divergence.Expected}, got {found.Divergence.Actual}");
        }

        foreach (string id in broken)
        {
            Requirements.Check(id, false, found.Divergence.Expected, found.Divergence.Actual, message, found.Divergence.Exchange);
        }
    }
}
