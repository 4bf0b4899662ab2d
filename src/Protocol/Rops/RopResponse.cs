namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// A ROP response ([MS-OXCROPS] 2.2). Every response starts with RopId; the fields that follow are
/// declared by each response in specification order. Most carry a handle index and a ReturnValue
/// and implement <see cref="IRopResult"/>.
/// </summary>
public abstract record RopResponse
{
    public abstract RopId RopId { get; }

    /// <summary>Writes RopId and the body.</summary>
    public void Encode(ProtocolWriter writer)
    {
        writer.WriteByte((byte)RopId);
        EncodeBody(writer);
    }

    /// <summary>Writes the fields after RopId.</summary>
    protected abstract void EncodeBody(ProtocolWriter writer);

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter();
        Encode(writer);
        return writer.ToArray();
    }
}
