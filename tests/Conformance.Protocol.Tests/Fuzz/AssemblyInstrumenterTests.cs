namespace Conformance.Protocol.Tests.Fuzz;

using System.Reflection;
using System.Runtime.Loader;
using Conformance.Fuzz.Instrumentation;
using Conformance.Fuzz.Runtime;
using Conformance.Protocol.Rops;
using Mono.Cecil;

/// <summary>
/// Instruments a copy of Conformance.Protocol.dll and runs it in its own load context (the edge map, in the runtime
/// assembly, is shared with the test): the copy decodes as the original does, reports edges deterministically, keeps
/// its symbols, and is refused a second time.
/// </summary>
[NonParallelizable]
public sealed class AssemblyInstrumenterTests
{
    private static readonly byte[] Release = [0x05, 0x00, 0x01, 0x00, 0x02, 0x01, 0x00, 0x00, 0x00];

    private static readonly byte[] GetPropertiesSpecific = [0x0F, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x1F, 0x00, 0x37, 0x00, 0x01, 0x00, 0x00, 0x00];

    private string folder = null!;
    private string instrumented = null!;
    private InstrumentationResult result = null!;

    private delegate object Decoder(ReadOnlySpan<byte> bytes);

    [OneTimeSetUp]
    public void Instrument()
    {
        folder = Path.Combine(Path.GetTempPath(), "conformance-instrument-" + Guid.NewGuid().ToString("N"));
        string source = typeof(RopInputBuffer).Assembly.Location;
        instrumented = Path.Combine(folder, Path.GetFileName(source));
        result = AssemblyInstrumenter.Instrument(source, instrumented, []);
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    [Test]
    public void ProbesEveryMethodWithABody()
    {
        Assert.Multiple(() =>
        {
            Assert.That(result.Methods, Is.GreaterThan(1000));
            Assert.That(result.Probes, Is.GreaterThan(result.Methods), "branching methods have several blocks");
            Assert.That(result.Symbols, Is.True);
        });
    }

    [Test]
    public void RefusesAnInstrumentedAssembly() =>
        Assert.That(() => AssemblyInstrumenter.Instrument(instrumented, Path.Combine(folder, "again.dll"), []), Throws.TypeOf<AlreadyInstrumentedException>());

    [Test]
    public void KeepsTheSymbolsReadable()
    {
        using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(instrumented, new ReaderParameters { ReadSymbols = true });
        MethodDefinition decode = assembly.MainModule.GetType("Conformance.Protocol.Rops.RopInputBuffer").Methods.Single(m => m.Name == "Decode");
        Assert.That(decode.DebugInformation.SequencePoints, Is.Not.Empty);
    }

    [Test]
    public void InstrumentedCopyDecodesAsTheOriginalAndReportsEdgesDeterministically()
    {
        var context = new AssemblyLoadContext("instrumented", isCollectible: true);
        try
        {
            Assembly copy = context.LoadFromAssemblyPath(instrumented);
            Type buffer = copy.GetType("Conformance.Protocol.Rops.RopInputBuffer", throwOnError: true)!;
            Decoder decode = buffer.GetMethod("Decode", [typeof(ReadOnlySpan<byte>)])!.CreateDelegate<Decoder>();
            MethodInfo toBytes = buffer.GetMethod("ToBytes")!;

            // The first run also takes the one-time paths (static constructors, caches): the host's warm-up run.
            Edges(decode, Release);
            byte[] first = Edges(decode, Release);
            byte[] again = Edges(decode, Release);
            byte[] other = Edges(decode, GetPropertiesSpecific);
            object decoded = decode(GetPropertiesSpecific);
            Assert.Multiple(() =>
            {
                Assert.That(first.Count(b => b != 0), Is.GreaterThan(5), "edges hit");
                Assert.That(again, Is.EqualTo(first), "the same input takes the same edges");
                Assert.That(other, Is.Not.EqualTo(first), "another ROP takes other edges");
                Assert.That(toBytes.Invoke(decoded, null), Is.EqualTo(RopInputBuffer.Decode(GetPropertiesSpecific).ToBytes()));
                Assert.That(() => decode([0x09, 0x00, 0x01]), Throws.Exception.Matches<Exception>(e => e!.GetType().Name == "ProtocolException"));
            });
        }
        finally
        {
            context.Unload();
        }
    }

    private static byte[] Edges(Decoder decode, byte[] input)
    {
        EdgeMap.Clear();
        EdgeMap.Reset();
        decode(input);
        return EdgeMap.Snapshot();
    }
}
