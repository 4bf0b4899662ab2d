namespace Conformance.Fuzz.Traffic;

/// <summary>
/// Zeller's ddmin: the smallest list of elements (ROPs, then bytes) for which the check still fails with the same
/// signature, removing chunks of halving size until no single element can go. The check counts against a budget, so a
/// slow target cannot make minimisation run all night.
/// </summary>
public static class DeltaDebugger
{
    public static async Task<IReadOnlyList<T>> MinimizeAsync<T>(IReadOnlyList<T> input, Func<IReadOnlyList<T>, Task<bool>> stillFails, int budget = 500)
    {
        List<T> current = [.. input];
        int granularity = 2;
        int tests = 0;
        while (current.Count >= 2 && tests < budget)
        {
            int chunk = (int)Math.Ceiling(current.Count / (double)granularity);
            bool reduced = false;
            for (int start = 0; start < current.Count && tests < budget; start += chunk)
            {
                // The complement: everything but this chunk.
                List<T> complement = [.. current.Take(start), .. current.Skip(start + chunk)];
                tests++;
                if (complement.Count > 0 && await stillFails(complement).ConfigureAwait(false))
                {
                    current = complement;
                    granularity = Math.Max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }

            if (!reduced)
            {
                if (granularity >= current.Count)
                {
                    break;
                }

                granularity = Math.Min(granularity * 2, current.Count);
            }
        }

        return current;
    }
}
