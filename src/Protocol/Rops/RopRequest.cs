namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// A ROP request ([MS-OXCROPS] 2.2). Every request starts with RopId and LogonId; the fields that
/// follow, handle indexes included, are declared by each ROP in specification order.
/// </summary>
public abstract record RopRequest
{
    public abstract RopId RopId { get; }

    public byte LogonId { get; init; }

    /// <summary>Writes RopId, LogonId and the body.</summary>
    public void Encode(ProtocolWriter writer)
    {
        writer.WriteByte((byte)RopId);
        writer.WriteByte(LogonId);
        EncodeBody(writer);
    }

    /// <summary>Writes the fields after LogonId.</summary>
    protected abstract void EncodeBody(ProtocolWriter writer);

    public byte[] ToBytes()
    {
        using var writer = new ProtocolWriter();
        Encode(writer);
        return writer.ToArray();
    }
}
