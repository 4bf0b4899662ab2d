namespace Conformance.Suites.OXCPRPT.S08_StreamModel;

using Conformance.Protocol.Rops.Stream;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// One step of a random stream session. <c>Stream</c> picks one of the open Stream objects (modulo how many are
/// open), so a command stays meaningful when shrinking removes the ones before it.
/// </summary>
public abstract record StreamCommand
{
    /// <summary>Releases every stream and opens a new one, ReadWrite or Create (RopOpenStream).</summary>
    public sealed record Open(bool Create) : StreamCommand
    {
        public override string ToString() => $"Open({(Create ? "Create" : "ReadWrite")})";
    }

    public sealed record Write(int Stream, byte[] Data) : StreamCommand
    {
        public override string ToString() => $"Write(#{Stream}, {Convert.ToHexString(Data)})";
    }

    public sealed record Read(int Stream, ushort ByteCount) : StreamCommand
    {
        public override string ToString() => $"Read(#{Stream}, {ByteCount})";
    }

    public sealed record Seek(int Stream, SeekStreamOrigin Origin, int Offset) : StreamCommand
    {
        public override string ToString() => $"Seek(#{Stream}, {Origin}, {Offset})";
    }

    /// <summary>Seek from the current position by 0: reads the seek pointer.</summary>
    public sealed record Tell(int Stream) : StreamCommand
    {
        public override string ToString() => $"Tell(#{Stream})";
    }

    public sealed record SetSize(int Stream, int Size) : StreamCommand
    {
        public override string ToString() => $"SetSize(#{Stream}, {Size})";
    }

    public sealed record GetSize(int Stream) : StreamCommand
    {
        public override string ToString() => $"GetSize(#{Stream})";
    }

    public sealed record Commit(int Stream) : StreamCommand
    {
        public override string ToString() => $"Commit(#{Stream})";
    }

    public sealed record CloneStream(int Stream) : StreamCommand
    {
        public override string ToString() => $"Clone(#{Stream})";
    }

    /// <summary>Reads the property through the Message object (RopGetPropertiesSpecific).</summary>
    public sealed record ReadProperty : StreamCommand
    {
        public override string ToString() => "ReadProperty";
    }
}

/// <summary>A random session: the property's starting value and the commands run on it.</summary>
public sealed record StreamCase(byte[] Initial, IReadOnlyList<StreamCommand> Commands)
{
    public override string ToString() =>
        $"initial value {Convert.ToHexString(Initial)}, then Open(ReadWrite) and{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", Commands.Select((c, i) => $"{i + 1}. {c}"))}";

    /// <summary>Sessions of up to <paramref name="maximumLength"/> commands; Clone only when <paramref name="withClone"/>.</summary>
    public static Arbitrary<StreamCase> Arbitrary(int maximumLength, bool withClone) =>
        Arb.From(Generator(maximumLength, withClone), Shrink);

    private static Gen<StreamCase> Generator(int maximumLength, bool withClone)
    {
        Gen<int> stream = Gen.Choose(0, 3);
        Gen<byte[]> bytes = Gen.Choose(1, 24).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n));
        var commands = new List<(int, Gen<StreamCommand>)>
        {
            (1, Gen.Elements(false, true).Select(create => (StreamCommand)new StreamCommand.Open(create))),
            (5, stream.SelectMany(s => bytes, (s, data) => (StreamCommand)new StreamCommand.Write(s, data))),
            (4, stream.SelectMany(s => Gen.Choose(0, 40), (s, count) => (StreamCommand)new StreamCommand.Read(s, (ushort)count))),
            (4, stream.SelectMany(
                s => Gen.Elements(SeekStreamOrigin.Beginning, SeekStreamOrigin.Current, SeekStreamOrigin.End).SelectMany(o => Gen.Choose(-32, 32), (o, offset) => (o, offset)),
                (s, seek) => (StreamCommand)new StreamCommand.Seek(s, seek.o, seek.offset))),
            (3, stream.Select(s => (StreamCommand)new StreamCommand.Tell(s))),
            (2, stream.SelectMany(s => Gen.Choose(0, 64), (s, size) => (StreamCommand)new StreamCommand.SetSize(s, size))),
            (2, stream.Select(s => (StreamCommand)new StreamCommand.GetSize(s))),
            (2, stream.Select(s => (StreamCommand)new StreamCommand.Commit(s))),
            (2, Gen.Constant((StreamCommand)new StreamCommand.ReadProperty())),
        };
        if (withClone)
        {
            commands.Add((2, stream.Select(s => (StreamCommand)new StreamCommand.CloneStream(s))));
        }

        Gen<StreamCommand> command = Gen.Frequency(commands.ToArray());
        return bytes.SelectMany(
            initial => Gen.Choose(1, maximumLength).SelectMany(n => Gen.ArrayOf(command, n)),
            (initial, list) => new StreamCase(initial, list));
    }

    /// <summary>Shorter sessions first: halves, quarters, ... down to single commands removed; then shorter writes.</summary>
    private static IEnumerable<StreamCase> Shrink(StreamCase value)
    {
        IReadOnlyList<StreamCommand> commands = value.Commands;
        for (int chunk = commands.Count / 2; chunk >= 1; chunk /= 2)
        {
            for (int start = 0; start + chunk <= commands.Count; start += chunk)
            {
                yield return value with { Commands = [.. commands.Take(start), .. commands.Skip(start + chunk)] };
            }
        }

        for (int i = 0; i < commands.Count; i++)
        {
            if (commands[i] is StreamCommand.Write { Data.Length: > 1 } write)
            {
                StreamCommand shorter = write with { Data = write.Data[..(write.Data.Length / 2)] };
                yield return value with { Commands = [.. commands.Take(i), shorter, .. commands.Skip(i + 1)] };
            }
        }
    }
}
