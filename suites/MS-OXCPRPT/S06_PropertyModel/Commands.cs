namespace Conformance.Suites.OXCPRPT.S06_PropertyModel;

using Conformance.Protocol.Data;
using FsCheck;
using FsCheck.Fluent;

/// <summary>One step of a generated sequence on the open Message object.</summary>
internal abstract record Command;

/// <summary>RopSetProperties with distinct tags.</summary>
internal sealed record SetCommand(TaggedPropertyValue[] Values) : Command
{
    public override string ToString() => $"Set({string.Join(", ", Values.Select(v => v.ToString()))})";
}

/// <summary>RopGetPropertiesSpecific with distinct tags, in the generated order.</summary>
internal sealed record GetCommand(PropertyTag[] PropertyTags) : Command
{
    public override string ToString() => $"Get({string.Join(", ", PropertyTags.Select(t => t.ToString()))})";
}

/// <summary>RopDeleteProperties with distinct tags, set or not.</summary>
internal sealed record DeleteCommand(PropertyTag[] PropertyTags) : Command
{
    public override string ToString() => $"Delete({string.Join(", ", PropertyTags.Select(t => t.ToString()))})";
}

/// <summary>RopSaveChangesMessage, keeping the message open read/write.</summary>
internal sealed record SaveCommand : Command
{
    public override string ToString() => "Save";
}

/// <summary>RopRelease of the message, then RopOpenMessage of it again at the same handle index.</summary>
internal sealed record ReopenCommand : Command
{
    public override string ToString() => "Reopen";
}

/// <summary>Generators and the shrinker of command sequences.</summary>
internal static class Commands
{
    /// <summary>
    /// The properties the sequences touch: PidTagSubject, and tags below 0x8000 in the range [MS-OXPROPS] leaves to
    /// message classes, which a server gives no meaning of its own (it neither computes nor defaults them).
    /// </summary>
    public static readonly PropertyTag[] Universe =
    [
        new(0x0037, PropertyType.PtypString),
        new(0x6F01, PropertyType.PtypInteger32),
        new(0x6F02, PropertyType.PtypString),
        new(0x6F03, PropertyType.PtypBoolean),
        new(0x6F04, PropertyType.PtypBinary),
    ];

    public const int MaximumLength = 20;

    private static Gen<PropertyValue> ValueOf(PropertyType type) => type switch
    {
        PropertyType.PtypInteger32 => Gen.Choose(-1000, 1000).Select(v => (PropertyValue)PropertyValue.Integer32(v)),
        PropertyType.PtypBoolean => Gen.Elements(true, false).Select(v => (PropertyValue)PropertyValue.Boolean(v)),
        PropertyType.PtypBinary => Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)).Select(b => (PropertyValue)PropertyValue.Binary(b)),
        _ => Gen.Elements(string.Empty, "a", "model", "Grüße", "a longer value with spaces").Select(v => (PropertyValue)PropertyValue.String(v)),
    };

    /// <summary>A non-empty subset of the universe of at most <paramref name="maximum"/> tags, in random order.</summary>
    private static Gen<PropertyTag[]> Tags(int maximum) =>
        Gen.Shuffle(Universe).SelectMany(shuffled => Gen.Choose(1, maximum).Select(n => shuffled.Take(n).ToArray()));

    private static Gen<TaggedPropertyValue> Tagged(PropertyTag tag) => ValueOf(tag.PropertyType).Select(v => new TaggedPropertyValue(tag, v));

    private static Gen<TaggedPropertyValue[]> Values(PropertyTag[] tags) =>
        tags.Aggregate(
            Gen.Constant(Array.Empty<TaggedPropertyValue>()),
            (values, tag) => values.SelectMany(done => Tagged(tag).Select(next => (TaggedPropertyValue[])[.. done, next])));

    private static Gen<Command> Set => Tags(3).SelectMany(Values).Select(values => (Command)new SetCommand(values));

    private static Gen<Command> Command => Gen.Frequency(
        (4, Set),
        (4, Tags(Universe.Length).Select(tags => (Command)new GetCommand(tags))),
        (3, Tags(2).Select(tags => (Command)new DeleteCommand(tags))),
        (2, Gen.Constant<Command>(new SaveCommand())),
        (3, Gen.Constant<Command>(new ReopenCommand())));

    /// <summary>Every property of the universe set and saved: half the sequences start from it, so reopens meet saved values that later commands change.</summary>
    private static Gen<Command[]> SavedStart =>
        Values(Universe).Select(values => new Command[] { new SetCommand(values), new SaveCommand() });

    public static Gen<Command[]> Sequence => Gen.Frequency(
        (1, Gen.Choose(1, MaximumLength).SelectMany(n => Gen.ArrayOf(Command, n))),
        (1, SavedStart.SelectMany(start => Gen.Choose(1, MaximumLength - start.Length).SelectMany(n => Gen.ArrayOf(Command, n)).Select(rest => (Command[])[.. start, .. rest]))));

    /// <summary>Shorter sequences first: without a block of half, a quarter, ... of the commands, down to one command.</summary>
    public static IEnumerable<Command[]> Shrink(Command[] sequence)
    {
        for (int size = sequence.Length / 2; size >= 1; size /= 2)
        {
            for (int start = 0; start + size <= sequence.Length; start += size)
            {
                yield return [.. sequence.Take(start), .. sequence.Skip(start + size)];
            }
        }
    }

    public static string Describe(IEnumerable<Command> sequence) => string.Join("; ", sequence.Select(c => c.ToString()));
}
