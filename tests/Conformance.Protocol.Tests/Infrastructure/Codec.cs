namespace Conformance.Protocol.Tests.Infrastructure;

using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;

/// <summary>Encode and decode helpers shared by the vector and property tests.</summary>
public static class Codec
{
    public static byte[] Encode(Action<ProtocolWriter> encode)
    {
        using var writer = new ProtocolWriter(16);
        encode(writer);
        return writer.ToArray();
    }

    /// <summary>Decodes one request from <paramref name="bytes"/>, which must hold nothing else.</summary>
    public static RopRequest DecodeRequest(byte[] bytes) => RopRegistry.DecodeRequest(bytes);

    public static RopResponse DecodeResponse(byte[] bytes, RopResponseContext context) => RopRegistry.DecodeResponse(bytes, context);

    /// <summary>
    /// Asserts a specification example: the bytes decode to <paramref name="expected"/> and
    /// <paramref name="expected"/> encodes back to the identical bytes.
    /// </summary>
    public static void AssertRequestVector(string dump, RopRequest expected)
    {
        byte[] bytes = Hex.Parse(dump);
        RopRequest decoded = DecodeRequest(bytes);
        Assert.That(decoded, Is.EqualTo(expected), "decoded fields");
        Assert.That(Convert.ToHexString(expected.ToBytes()), Is.EqualTo(Convert.ToHexString(bytes)), "re-encoded bytes");
    }

    public static void AssertResponseVector(string dump, RopResponseContext context, RopResponse expected)
    {
        byte[] bytes = Hex.Parse(dump);
        RopResponse decoded = DecodeResponse(bytes, context);
        Assert.That(decoded, Is.EqualTo(expected), "decoded fields");
        Assert.That(Convert.ToHexString(expected.ToBytes()), Is.EqualTo(Convert.ToHexString(bytes)), "re-encoded bytes");
    }
}
