namespace Conformance.Protocol.Tests.Infrastructure;

using FsCheck;
using FsCheck.Fluent;

/// <summary>Runs an FsCheck property inside an NUnit test; a failure throws with the shrunk counterexample.</summary>
public static class PropertyCheck
{
    /// <summary>Default number of cases per property; raise with the environment variable CONFORMANCE_FSCHECK_MAX_TEST.</summary>
    public static int MaxTest { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CONFORMANCE_FSCHECK_MAX_TEST"), out int n) && n > 0 ? n : 200;

    public static void ForAll<T>(Gen<T> generator, Action<T> assertion, int? maxTest = null)
    {
        Config config = Config.QuickThrowOnFailure.WithMaxTest(maxTest ?? MaxTest).WithQuietOnSuccess(true);
        Check.One(config, Prop.ForAll(generator.ToArbitrary(), assertion));
    }
}
