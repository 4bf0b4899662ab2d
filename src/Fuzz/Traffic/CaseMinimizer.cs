namespace Conformance.Fuzz.Traffic;

/// <summary>
/// Shrinks a failing case with <see cref="DeltaDebugger"/>: first over its ROPs, then over the bytes of what is left
/// (as one chunk), each step re-checked for the same signature.
/// </summary>
public static class CaseMinimizer
{
    public static async Task<TrafficCase> MinimizeAsync(TrafficCase failing, Func<TrafficCase, Task<bool>> stillFails, int budget = 400)
    {
        IReadOnlyList<byte[]> rops = await DeltaDebugger.MinimizeAsync(
            failing.Rops, candidate => stillFails(failing with { Rops = candidate }), budget).ConfigureAwait(false);
        TrafficCase byRops = failing with { Rops = rops };

        byte[] flat = [.. rops.SelectMany(r => r)];
        IReadOnlyList<byte> bytes = await DeltaDebugger.MinimizeAsync(
            flat, candidate => stillFails(byRops with { Rops = [[.. candidate]] }), budget).ConfigureAwait(false);
        return bytes.Count < flat.Length ? byRops with { Rops = [[.. bytes]] } : byRops;
    }
}
