namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Attributes;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;

/// <summary>
/// Encode and decode of a RopGetPropertiesSpecific response with 100 mixed properties: integers,
/// booleans, times, Unicode and 8-bit strings, binaries, GUIDs, multi-valued and error cells.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GetPropertiesSpecificBenchmarks : IWireSize
{
    private readonly ProtocolWriter writer = new(4096);
    private RopGetPropertiesSpecificResponse response = null!;
    private RopResponseContext context = null!;
    private byte[] bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var tags = new PropertyTag[100];
        var cells = new FlaggedPropertyValue[100];
        for (int i = 0; i < 100; i++)
        {
            PropertyValue value = (i % 10) switch
            {
                0 => PropertyValue.Integer32(i * 1000),
                1 => PropertyValue.Boolean(i % 3 == 0),
                2 => PropertyValue.Time(new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc).AddMinutes(i)),
                3 => PropertyValue.String($"Subject line number {i} with some Unicode text: äöü €"),
                4 => PropertyValue.String8($"IPM.Note.Custom{i}"),
                5 => PropertyValue.Binary(Enumerable.Range(0, 22).Select(b => (byte)(b + i)).ToArray()),
                6 => PropertyValue.Guid(new Guid(i, 0, 0, [0xC0, 0, 0, 0, 0, 0, 0, 0x46])),
                7 => PropertyValue.Integer64(i * 0x1_0000_0001L),
                8 => PropertyValue.Create(PropertyType.PtypMultipleString, new ValueArray<string>(["alpha", "beta", $"gamma{i}"])),
                _ => PropertyValue.Integer16((short)i),
            };
            tags[i] = new PropertyTag((ushort)(0x0E00 + i), value.Type);
            cells[i] = i % 25 == 24
                ? FlaggedPropertyValue.Error(value.Type, 0x8004010F)
                : FlaggedPropertyValue.Available(value);
        }

        var request = new RopGetPropertiesSpecificRequest { InputHandleIndex = 0, WantUnicode = true, PropertyTags = tags };
        response = new RopGetPropertiesSpecificResponse { InputHandleIndex = 0, Columns = tags, RowData = PropertyRow.Flagged(cells) };
        context = new RopResponseContext(request);
        bytes = response.ToBytes();
    }

    /// <summary>The encoded response, also used to build realistic buffers for other benchmarks.</summary>
    public byte[] EncodedResponse => bytes;

    public double BytesPerOperation(string method) => bytes.Length;

    [Benchmark]
    public int Encode()
    {
        writer.Reset();
        response.Encode(writer);
        return writer.Position;
    }

    [Benchmark]
    public RopResponse Decode() => RopRegistry.DecodeResponse(bytes, context);
}
