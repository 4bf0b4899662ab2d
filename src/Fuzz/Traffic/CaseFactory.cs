namespace Conformance.Fuzz.Traffic;

using Conformance.Adapters.Capture;
using Conformance.Protocol;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// Where cases come from: fresh buffers of generated valid requests, the client sequences, recorded suite traffic
/// (captures), and mutations of corpus cases. The handle table of a built case is the prelude's three handles followed by
/// unused slots (0xFFFFFFFF), as a client sends it.
/// </summary>
public sealed class CaseFactory(RequestGenerator generator, bool live)
{
    /// <summary>Entries in the handle table of a generated case.</summary>
    public const int HandleTableSize = 8;

    /// <summary>The handle table a generated case sends: logon, test folder, message, then unused slots. Live: no logon.</summary>
    public IReadOnlyList<uint> DefaultSlots(int count = HandleTableSize) =>
        [.. Enumerable.Range(0, count).Select(i => i < 3 && !(live && i == SessionPrelude.LogonHandle) ? TrafficCase.Prelude(i) : 0xFFFFFFFFu)];

    public TrafficCase Generate(Random random)
    {
        int count = random.Next(1, 7);
        IReadOnlyList<uint> slots = DefaultSlots();
        return new TrafficCase([.. Enumerable.Range(0, count).Select(_ => generator.Next(random, slots.Count, live).ToBytes())], slots);
    }

    public TrafficCase FromRequests(IEnumerable<RopRequest> requests) => new([.. requests.Select(r => r.ToBytes())], DefaultSlots());

    /// <summary>The client sequences of <see cref="RequestGenerator"/> as cases.</summary>
    public IEnumerable<TrafficCase> ClientSequences() =>
        RequestGenerator.ClientSequences.Select(FromRequests).Where(c => !live || LiveSafety.IsAllowed(c));

    /// <summary>
    /// The requests recorded in a capture file or folder (its *.jsonl, one per test), one case per recorded buffer the
    /// codec decodes; a file that is not a capture is skipped.
    /// </summary>
    public IEnumerable<TrafficCase> FromCapture(string path, int limit = 500)
    {
        int taken = 0;
        string[] files = Directory.Exists(path) ? [.. Directory.EnumerateFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [path];
        IEnumerable<CaptureRecord> records = files.SelectMany(file =>
        {
            try
            {
                return CaptureReader.Load(file);
            }
            catch (CaptureFormatException)
            {
                return [];
            }
        });
        foreach (CaptureRecord record in records)
        {
            if (taken >= limit)
            {
                yield break;
            }

            RopInputBuffer input;
            try
            {
                input = RopInputBuffer.Decode(Convert.FromHexString(record.RequestHex));
            }
            catch (Exception error) when (error is ProtocolException or FormatException)
            {
                continue;
            }

            // The recorded handles belonged to another session; the slots refer to this case's prelude instead.
            TrafficCase recorded = new([.. input.RopsList.ToArray().Select(r => r.ToBytes())], DefaultSlots(Math.Max(HandleTableSize, input.ServerObjectHandleTable.Count)));
            if (!live || LiveSafety.IsAllowed(recorded))
            {
                taken++;
                yield return recorded;
            }
        }
    }
}
