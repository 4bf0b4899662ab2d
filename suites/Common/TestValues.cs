namespace Conformance.Suites;

using FsCheck;
using NUnit.Framework.Internal;
using Microsoft.FSharp.Core;

/// <summary>
/// The values a test makes up (GUIDs in names and message classes, FsCheck's random sequences) come from NUnit's
/// per-test randomizer, which the run's seed decides (NUnit's RandomSeed run setting; <c>./conformance run --seed</c>).
/// A run repeated with the same seed sends the same bytes, so a capture of it can be replayed
/// (<c>replay</c> targets check every input buffer byte for byte).
/// </summary>
public static class TestValues
{
    /// <summary>A GUID from the current test's randomizer.</summary>
    public static Guid NewGuid() => TestContext.CurrentContext.Random.NextGuid();

    /// <summary><paramref name="config"/> seeded from the current test's randomizer, so FsCheck generates the same cases for the same run seed.</summary>
    public static Config Seeded(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Randomizer random = TestContext.CurrentContext.Random;
        ulong seed = random.NextULong();

        // FsCheck's splittable generator wants an odd gamma.
        ulong gamma = random.NextULong() | 1;
        return config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
    }
}
