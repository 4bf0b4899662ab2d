namespace Conformance.Suites.OXCPRPT.S08_StreamModel;

using Conformance.Protocol.Rops.Stream;

/// <summary>
/// What [MS-OXCPRPT] says a session of stream ROPs on one message property does, as data: the bytes of the
/// open stream (shared by its clones, 3.2.5.24), one seek pointer per Stream object, and the property value as
/// the last commit left it (3.2.5.15). Each change remembers the requirement whose rule made it, so a
/// divergence the target shows later is reported against that rule.
/// </summary>
public sealed class StreamModel(byte[] property)
{
    public const string OpenModes = "MS-OXCPRPT-R0198";
    public const string PointerKept = "MS-OXCPRPT-R0201";
    public const string PointerStart = "MS-OXCPRPT-R0202";
    public const string InitialContent = "MS-OXCPRPT-R0203";
    public const string ReadFromPointer = "MS-OXCPRPT-R0208";
    public const string ReadMovesPointer = "MS-OXCPRPT-R0209";
    public const string WriteAtPointer = "MS-OXCPRPT-R0212";
    public const string WriteMovesPointer = "MS-OXCPRPT-R0213";
    public const string CommitSetsProperty = "MS-OXCPRPT-R0217";
    public const string SizeReported = "MS-OXCPRPT-R0218";
    public const string GrowWithZeros = "MS-OXCPRPT-R0219";
    public const string CloneHasData = "MS-OXCPRPT-R0243";
    public const string CloneSharesChanges = "MS-OXCPRPT-R0244";
    public const string ClonePointerStart = "MS-OXCPRPT-R0245";
    public const string ClonePointerApart = "MS-OXCPRPT-R0246";

    /// <summary>Every requirement the model checks; the clone ones only where the target implements RopCloneStream.</summary>
    public static readonly string[] Rules =
    [
        OpenModes, PointerKept, PointerStart, InitialContent, ReadFromPointer, ReadMovesPointer, WriteAtPointer, WriteMovesPointer,
        CommitSetsProperty, SizeReported, GrowWithZeros, CloneHasData, CloneSharesChanges, ClonePointerStart, ClonePointerApart,
    ];

    public static readonly string[] CloneRules = [CloneHasData, CloneSharesChanges, ClonePointerStart, ClonePointerApart];

    private readonly List<byte> content = [];
    private readonly List<long> positions = [];
    private readonly List<string> pointerRules = [];
    private readonly List<bool> isClone = [];
    private readonly List<int> moveStamps = [];
    private int moves;

    /// <summary>The property value as the last commit (or the setup) left it.</summary>
    public byte[] Property { get; private set; } = property;

    /// <summary>Whether the stream holds changes no commit has stored; the property's value is then not pinned down.</summary>
    public bool Pending { get; private set; }

    public IReadOnlyList<byte> Content => content;

    public int StreamCount => positions.Count;

    /// <summary>The rule that last changed the content, and through which stream.</summary>
    public (string Rule, int Stream) ContentRule { get; private set; }

    public long Position(int stream) => positions[stream];

    /// <summary>
    /// The rule a wrong pointer of <paramref name="stream"/> breaks: the one that last set it, or, when another
    /// Stream object's pointer moved since, the independence of the pointers (3.2.5.24).
    /// </summary>
    public string PointerRule(int stream) =>
        Enumerable.Range(0, positions.Count).Any(other => other != stream && moveStamps[other] > moveStamps[stream]) ? ClonePointerApart : pointerRules[stream];

    /// <summary>The rule a wrong byte read through <paramref name="stream"/> breaks.</summary>
    public string ContentRuleFor(int stream) => ContentRule switch
    {
        (InitialContent or OpenModes, _) when isClone[stream] => CloneHasData,
        (InitialContent or OpenModes, _) => ContentRule.Rule,
        var (rule, through) => through == stream ? rule : CloneSharesChanges,
    };

    /// <summary>[MS-OXCPRPT] 2.2.14.1, 3.2.5.11: one stream, pointer at 0, holding the value (ReadWrite) or nothing (Create).</summary>
    public void Open(bool create)
    {
        content.Clear();
        if (!create)
        {
            content.AddRange(Property);
        }

        positions.Clear();
        pointerRules.Clear();
        isClone.Clear();
        moveStamps.Clear();
        positions.Add(0);
        pointerRules.Add(PointerStart);
        isClone.Add(false);
        moveStamps.Add(++moves);
        Pending = create;
        ContentRule = (create ? OpenModes : InitialContent, 0);
    }

    /// <summary>[MS-OXCPRPT] 3.2.5.13: the data replaces and extends the bytes from the pointer, which moves past it.</summary>
    public void Write(int stream, byte[] data)
    {
        int start = (int)positions[stream];
        for (int i = 0; i < data.Length; i++)
        {
            if (start + i < content.Count)
            {
                content[start + i] = data[i];
            }
            else
            {
                content.Add(data[i]);
            }
        }

        Move(stream, start + data.Length, WriteMovesPointer);
        Pending = true;
        ContentRule = (WriteAtPointer, stream);
    }

    /// <summary>[MS-OXCPRPT] 3.2.5.12: what a read of <paramref name="byteCount"/> bytes may return at most.</summary>
    public byte[] Readable(int stream, int byteCount)
    {
        long start = positions[stream];
        int available = (int)Math.Max(0, content.Count - start);
        return [.. content.Skip((int)start).Take(Math.Min(byteCount, available))];
    }

    public void Move(int stream, long position, string rule)
    {
        positions[stream] = position;
        pointerRules[stream] = rule;
        moveStamps[stream] = ++moves;
    }

    /// <summary>[MS-OXCPRPT] 2.2.21.1: the target of a seek, counted from the start, the pointer or the end.</summary>
    public long SeekTarget(int stream, SeekStreamOrigin origin, int offset) => origin switch
    {
        SeekStreamOrigin.Beginning => offset,
        SeekStreamOrigin.Current => positions[stream] + offset,
        _ => content.Count + offset,
    };

    /// <summary>
    /// [MS-OXCPRPT] 3.2.5.18: a seek request whose target lies past the end (a seek by 0 from a pointer left there
    /// by a shorter RopSetStreamSize included) grows the stream with zeros up to the target.
    /// </summary>
    public void SeekTo(int stream, long target)
    {
        if (target > content.Count)
        {
            content.AddRange(new byte[target - content.Count]);
            ContentRule = (PointerKept, stream);
            Pending = true;
        }

        Move(stream, target, PointerKept);
    }

    /// <summary>[MS-OXCPRPT] 3.2.5.17: zeros added at the end, or the end cut off; the pointers stay.</summary>
    public void SetSize(int stream, int size)
    {
        if (size < content.Count)
        {
            content.RemoveRange(size, content.Count - size);
        }
        else if (size > content.Count)
        {
            content.AddRange(new byte[size - content.Count]);
            ContentRule = (GrowWithZeros, stream);
        }

        Pending = true;
    }

    /// <summary>[MS-OXCPRPT] 3.2.5.15: the property takes the stream's bytes.</summary>
    public void Commit()
    {
        Property = [.. content];
        Pending = false;
    }

    /// <summary>[MS-OXCPRPT] 3.2.5.24: another Stream object on the same bytes, its pointer where the source's is.</summary>
    public int Clone(int stream)
    {
        positions.Add(positions[stream]);
        pointerRules.Add(ClonePointerStart);
        isClone.Add(true);
        moveStamps.Add(++moves);
        return positions.Count - 1;
    }
}
