namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>
/// The client side's ROP output buffer decoder. Input: a 2-byte length, the ROP input buffer whose requests the
/// responses answer, then the ROP output buffer; table rows decode with a fixed column set (as after RopSetColumns).
/// </summary>
public sealed class RopResponseTarget : IFuzzTarget
{
    private static readonly ValueArray<PropertyTag> Columns = new PropertyTag[]
    {
        new(0x0E08, PropertyType.PtypInteger32), new(0x0037, PropertyType.PtypString), new(0x0FFF, PropertyType.PtypBinary),
        new(0x3007, PropertyType.PtypTime), new(0x0E1B, PropertyType.PtypBoolean), new(0x6748, PropertyType.PtypInteger64),
    };

    public string Name => "rop-response";

    public string Description => "RopOutputBuffer.Decode and every ROP response decoder (input: u16 length, ROP input buffer, ROP output buffer)";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    public void Run(ReadOnlySpan<byte> input)
    {
        var reader = new ProtocolReader(input, 0, "rop-response fuzz input");
        int length = reader.ReadUInt16("RequestLength");
        RopInputBuffer requests = RopInputBuffer.Decode(reader.ReadBytes(length, "RopInputBuffer"));
        RopOutputBuffer.Decode(input[(2 + length)..], requests.RopsList, request => new RopResponseContext(request, Columns));
    }
}
