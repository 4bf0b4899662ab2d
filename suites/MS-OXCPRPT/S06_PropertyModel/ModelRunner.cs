namespace Conformance.Suites.OXCPRPT.S06_PropertyModel;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Support;
using FsCheck;
using FsCheck.Fluent;

/// <summary>Where the target and the model parted: the requirements the difference breaks, at which step, and the exchange that showed it.</summary>
/// <param name="Ids">The requirements broken; empty for a ROP outside them that failed (a save or a reopen).</param>
internal sealed record Divergence(string[] Ids, int Step, Command Command, string Expected, string Actual, RopExchange? Exchange);

/// <summary>How often each requirement was compared during the run, and the first SHOULD not followed.</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public Divergence? NotFoundDeviation { get; set; }

    public Command[]? NotFoundDeviationSequence { get; set; }

    public void Count(params string[] ids)
    {
        lock (counts)
        {
            foreach (string id in ids)
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
    }

    public int this[string id]
    {
        get
        {
            lock (counts)
            {
                return counts.GetValueOrDefault(id);
            }
        }
    }
}

/// <summary>Runs command sequences against the target and the <see cref="MessageModel"/> side by side.</summary>
internal sealed class ModelRunner(MailboxClient client, ObjectId folderId, Tally tally)
{
    public const string GetValues = "MS-OXCPRPT-R0130";
    public const string GetOrder = "MS-OXCPRPT-R0131";
    public const string SetChanges = "MS-OXCPRPT-R0144";
    public const string SetReadable = "MS-OXCPRPT-R0146";
    public const string SetNotPersisted = "MS-OXCPRPT-R0148";
    public const string DeleteRemoves = "MS-OXCPRPT-R0152";
    public const string DeletedHasNoValue = "MS-OXCPRPT-R0153";
    public const string DeletedReadsNotFound = "MS-OXCPRPT-R0154";
    public const string DeletedAtOnce = "MS-OXCPRPT-R0155";
    public const string DeletedAbsentOnGet = "MS-OXCPRPT-R0156";
    public const string DeleteNotPersisted = "MS-OXCPRPT-R0157";

    public static readonly string[] MustIds =
        [GetValues, GetOrder, SetChanges, SetReadable, SetNotPersisted, DeleteRemoves, DeletedHasNoValue, DeletedAtOnce, DeletedAbsentOnGet, DeleteNotPersisted];

    private const byte Message = 2;

    /// <summary>Runs <paramref name="sequences"/> generated sequences; returns the shrunk failing one, or null when all agreed.</summary>
    public (Command[] Sequence, Divergence Divergence, string Report)? Check(int sequences)
    {
        (Command[] Sequence, Divergence Divergence)? lastFailure = null;
        Property property = Prop.ForAll(Arb.From(Commands.Sequence, Commands.Shrink), (Command[] sequence) =>
        {
            // The shrinker replays candidates; the last one that fails is the shrunk counterexample FsCheck reports.
            Divergence? divergence = Task.Run(() => RunAsync(sequence)).GetAwaiter().GetResult();
            if (divergence is not null)
            {
                lastFailure = (sequence, divergence);
            }

            return divergence is null;
        });

        try
        {
            FsCheck.Check.One(TestValues.Seeded(Config.QuickThrowOnFailure.WithMaxTest(sequences).WithQuietOnSuccess(true)), property);
            return null;
        }
        catch (Exception error) when (lastFailure is not null)
        {
            return (lastFailure.Value.Sequence, lastFailure.Value.Divergence, error.Message);
        }
    }

    /// <summary>One sequence on a new, saved, empty message; the first divergence from the model, or null.</summary>
    public async Task<Divergence?> RunAsync(Command[] sequence)
    {
        var model = new MessageModel();
        ObjectId messageId = await client.CreateSavedMessageAsync(folderId, Message).ConfigureAwait(false);
        try
        {
            for (int step = 0; step < sequence.Length; step++)
            {
                Divergence? divergence = sequence[step] switch
                {
                    SetCommand set => await SetAsync(model, set, step).ConfigureAwait(false),
                    GetCommand get => await GetAsync(model, get, step).ConfigureAwait(false),
                    DeleteCommand delete => await DeleteAsync(model, delete, step).ConfigureAwait(false),
                    SaveCommand save => await OtherAsync(save, step, () => client.SaveMessageAsync(Message), model.Save).ConfigureAwait(false),
                    ReopenCommand reopen => await OtherAsync(reopen, step, () => ReopenAsync(messageId), model.Reopen).ConfigureAwait(false),
                    _ => throw new ArgumentOutOfRangeException(nameof(sequence), sequence[step], "unknown command"),
                };
                if (divergence is not null)
                {
                    return divergence;
                }
            }

            return null;
        }
        finally
        {
            await client.ReleaseAsync(Message).ConfigureAwait(false);
        }
    }

    private async Task ReopenAsync(ObjectId messageId)
    {
        await client.ReleaseAsync(Message).ConfigureAwait(false);
        await client.OpenMessageAsync(folderId, messageId, Message).ConfigureAwait(false);
    }

    private async Task<Divergence?> OtherAsync(Command command, int step, Func<Task> run, Action apply)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (RopFailedException error)
        {
            return new Divergence([], step, command, "success", error.Message, client.LastExchange);
        }

        apply();
        return null;
    }

    private async Task<Divergence?> SetAsync(MessageModel model, SetCommand set, int step)
    {
        RopResponse response = await client.RunAsync(new RopSetPropertiesRequest { InputHandleIndex = Message, PropertyValues = set.Values }).ConfigureAwait(false);
        tally.Count(SetChanges);

        // [MS-OXCPRPT] 3.2.5.4: every client-writable property is changed; none of these is one the server may refuse.
        if (response is not RopSetPropertiesResponse { ReturnValue: 0 } ok || ok.PropertyProblems.Count > 0)
        {
            return new Divergence([SetChanges], step, set, "success with no PropertyProblems", response.ToString(), client.LastExchange);
        }

        foreach (TaggedPropertyValue value in set.Values)
        {
            model.Set(value);
        }

        return null;
    }

    private async Task<Divergence?> DeleteAsync(MessageModel model, DeleteCommand delete, int step)
    {
        RopResponse response = await client.RunAsync(new RopDeletePropertiesRequest { InputHandleIndex = Message, PropertyTags = delete.PropertyTags }).ConfigureAwait(false);
        tally.Count(DeleteRemoves);

        // [MS-OXCPRPT] 3.2.5.5: each property is deleted; the section says nothing of a property that is not set, so a problem is allowed only for one of those.
        bool failed = response is not RopDeletePropertiesResponse { ReturnValue: 0 } ok
            || ok.PropertyProblems.Any(p => p.Index < delete.PropertyTags.Length && model.IsSet(delete.PropertyTags[p.Index]));
        if (failed)
        {
            return new Divergence([DeleteRemoves], step, delete, "success with no PropertyProblem for a set property", response.ToString(), client.LastExchange);
        }

        foreach (PropertyTag tag in delete.PropertyTags)
        {
            model.Delete(tag);
        }

        return null;
    }

    private async Task<Divergence?> GetAsync(MessageModel model, GetCommand get, int step)
    {
        PropertyTag[] tags = get.PropertyTags;
        RopResponse response = await client.RunAsync(new RopGetPropertiesSpecificRequest { InputHandleIndex = Message, WantUnicode = true, PropertyTags = tags }).ConfigureAwait(false);
        PropertyValue?[] expected = [.. tags.Select(model.Expected)];
        string expectedText = Show(expected);
        if (response is not RopGetPropertiesSpecificResponse { ReturnValue: 0 } ok || ok.RowData.ValueArray.Count != tags.Length)
        {
            return new Divergence([GetValues], step, get, expectedText, response.ToString(), client.LastExchange);
        }

        ValueArray<FlaggedPropertyValue> cells = ok.RowData.ValueArray;
        PropertyValue?[] actual = [.. cells.Select(c => c.Flag == FlaggedPropertyValueFlag.Available ? c.Value : null)];
        string actualText = Show(actual);
        tally.Count(GetValues);

        // [MS-OXCPRPT] 3.2.5.1: the values come in the order of PropertyTags; the same values in another order break only that rule.
        if (tags.Length > 1)
        {
            tally.Count(GetOrder);
            if (!expected.SequenceEqual(actual) && expected.Select(Show).Order(StringComparer.Ordinal).SequenceEqual(actual.Select(Show).Order(StringComparer.Ordinal)))
            {
                return new Divergence([GetOrder], step, get, expectedText, actualText, client.LastExchange);
            }
        }

        for (int i = 0; i < tags.Length; i++)
        {
            Origin origin = model.OriginOf(tags[i]);
            string[] rule = expected[i] is not null
                ? origin switch
                {
                    Origin.SetHere => [SetReadable],
                    Origin.DiscardedDelete => [DeleteNotPersisted],
                    _ => [GetValues],
                }
                : origin switch
                {
                    Origin.DeletedHere => [DeletedHasNoValue, DeletedAtOnce, DeletedAbsentOnGet],
                    Origin.SavedDelete => [DeletedHasNoValue],
                    Origin.DiscardedSet => [SetNotPersisted],
                    _ => [GetValues],
                };
            tally.Count(rule);
            if (!Equals(expected[i], actual[i]))
            {
                return new Divergence(rule, step, get, expectedText, actualText, client.LastExchange);
            }

            // [MS-OXCPRPT] 3.2.5.5: a property without a value SHOULD read as the NotFound error in its place.
            if (expected[i] is null)
            {
                tally.Count(DeletedReadsNotFound);
                if (cells[i] is not { Flag: FlaggedPropertyValueFlag.Error, Value: PropertyValue<uint> { Value: ErrorCodes.NotFound } } && tally.NotFoundDeviation is null)
                {
                    tally.NotFoundDeviation = new Divergence([DeletedReadsNotFound], step, get, $"{tags[i]} flagged {ErrorCodes.Describe(ErrorCodes.NotFound)}", cells[i].ToString(), client.LastExchange);
                }
            }
        }

        return null;
    }

    private static string Show(PropertyValue? value) => value?.ToString() ?? "(no value)";

    private static string Show(PropertyValue?[] values) => string.Join(", ", values.Select(Show));
}
