namespace Conformance.Harness.Tests.Traceability;

using Conformance.Adapters;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>RopExchange records built from codec records, as a session would have produced them, without a server.</summary>
internal static class SyntheticExchanges
{
    public static RopExchange Of(RopRequest[] requests, params RopResponse[] responses)
    {
        var input = new RopInputBuffer(requests, new uint[] { 0x00000001 });
        byte[] output = new RopOutputBuffer(responses, new uint[] { 0x00000001 }).ToBytes();
        return new RopExchange(input, input.ToBytes(), new RawExecution(0, output), RopOutputBuffer.Decode(output, requests), TimeSpan.FromMilliseconds(1));
    }

    /// <summary>An exchange whose RopsList is <paramref name="ropsList"/> as given (for example a truncated response), decoded as a session does.</summary>
    public static RopExchange Raw(RopRequest[] requests, byte[] ropsList)
    {
        var input = new RopInputBuffer(requests, new uint[] { 0x00000001 });
        byte[] output = [.. BitConverter.GetBytes((ushort)(ropsList.Length + 2)), .. ropsList, 0x01, 0x00, 0x00, 0x00];
        try
        {
            return new RopExchange(input, input.ToBytes(), new RawExecution(0, output), RopOutputBuffer.Decode(output, requests), TimeSpan.Zero);
        }
        catch (ProtocolException failure)
        {
            return new RopExchange(input, input.ToBytes(), new RawExecution(0, output), null, TimeSpan.Zero, failure);
        }
    }
}
