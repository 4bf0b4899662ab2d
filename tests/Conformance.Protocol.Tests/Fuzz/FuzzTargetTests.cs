namespace Conformance.Protocol.Tests.Fuzz;

using Conformance.Fuzz.Afl;
using Conformance.Fuzz.Afl.Targets;

/// <summary>The verdict on one input: a typed ProtocolException is no finding, any other exception is.</summary>
public sealed class FuzzTargetTests
{
    [Test]
    public void MalformedInputIsNoFinding() =>
        Assert.That(FuzzTargets.All.Select(t => FuzzTargets.Execute(t, [0x09, 0x00, 0x01, 0xFF])), Is.All.Null);

    [Test]
    public void PlantedCrashIsAFinding() =>
        Assert.That(FuzzTargets.Execute(FuzzTargets.Find("planted")!, "OXC!"u8), Is.TypeOf<IndexOutOfRangeException>());

    [Test]
    public void TheNormalBuildOfTheCodecHasNoPlantedBug()
    {
        // RopSize 14, RopSeekStream (0x2E), LogonId 0, InputHandleIndex 0, Origin 0, Offset "OXC!" then zeros; one handle.
        byte[] buffer = [14, 0, 0x2E, 0, 0, 0, (byte)'O', (byte)'X', (byte)'C', (byte)'!', 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF];
        Assert.That(FuzzTargets.Execute(FuzzTargets.Find("planted-decoder")!, buffer), Is.Null, "PLANTED_BUG is compiled only into the self-check's build");
        Assert.That(Protocol.Rops.RopInputBuffer.Decode(buffer).RopsList.Single(), Is.TypeOf<Protocol.Rops.Stream.RopSeekStreamRequest>(), "the buffer reaches the RopSeekStream decoder");
    }

    [Test]
    public void StoreRunsABufferAfterItsLogon() =>
        Assert.That(FuzzTargets.Execute(FuzzTargets.Find("store")!, [0x02, 0x00]), Is.Null, "an empty buffer after logon is no finding");

    [Test]
    public void FuzzerStatsReadsAflPlotData()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# relative_time, cycles_done, cur_item, corpus_count, pending_total, pending_favs, map_size, saved_crashes, saved_hangs, max_depth, execs_per_sec, total_execs, edges_found", "5, 0, 3, 439, 300, 20, 1.58%, 2, 1, 4, 37978.12, 1139525, 1033"]);
            FuzzerStats stats = FuzzerStats.TryReadPlot(path)!;
            Assert.That((stats.CorpusCount, stats.Crashes, stats.Hangs, stats.Executions, stats.EdgesFound, stats.BitmapCoverage), Is.EqualTo((439L, 2L, 1L, 1139525L, 1033L, "1.58%")));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
