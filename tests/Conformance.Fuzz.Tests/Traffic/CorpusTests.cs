namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Adapters.Capture;
using Conformance.Fuzz.Traffic;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

public sealed class CorpusTests
{
    [Test]
    public void A_capture_folder_seeds_one_case_per_decodable_buffer()
    {
        string folder = Directory.CreateTempSubdirectory("traffic-corpus-").FullName;
        try
        {
            byte[] request = new RopInputBuffer(new RopRequest[] { new RopGetStoreStateRequest { InputHandleIndex = 0 } }, new uint[] { 0x1234, 0xFFFFFFFF }).ToBytes();
            string good = System.Text.Json.JsonSerializer.Serialize(new CaptureRecord { Session = 1, Sequence = 1, RequestHex = Convert.ToHexString(request), ResponseHex = string.Empty }, CaptureRecord.JsonOptions);
            string undecodable = System.Text.Json.JsonSerializer.Serialize(new CaptureRecord { Session = 1, Sequence = 2, RequestHex = "0500FF", ResponseHex = string.Empty }, CaptureRecord.JsonOptions);
            File.WriteAllLines(Path.Combine(folder, "test.jsonl"), [good, undecodable]);
            File.WriteAllText(Path.Combine(folder, "broken.jsonl"), "not json");

            TrafficCase seeded = new CaseFactory(new RequestGenerator(live: false), live: false).FromCapture(folder).Single();
            Assert.That(seeded.Rops.Single(), Is.EqualTo(new RopGetStoreStateRequest { InputHandleIndex = 0 }.ToBytes()));
            Assert.That(seeded.HandleSlots[0], Is.EqualTo(TrafficCase.Prelude(0)), "recorded handles are replaced by the prelude's");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
