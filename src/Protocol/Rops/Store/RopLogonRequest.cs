namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopLogon request ([MS-OXCROPS] 2.2.3.1.1, [MS-OXCSTOR] 2.2.1.1.1). It creates the Logon object, so the
/// byte after LogonId is an OutputHandleIndex; there is no InputHandleIndex.
/// </summary>
public sealed record RopLogonRequest : RopRequest, IRopOutputHandle, IRopRequestDecoder<RopLogonRequest>
{
    public override RopId RopId => RopId.RopLogon;

    public byte OutputHandleIndex { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject ([MS-OXCSTOR] 3.2.5.1).</summary>
    public LogonFlags LogonFlags { get; init; }

    /// <summary>Kept as sent: undefined bits are the server's to reject ([MS-OXCSTOR] 3.2.5.1).</summary>
    public OpenFlags OpenFlags { get; init; }

    /// <summary>Ignored by the server; kept as sent.</summary>
    public StoreState StoreState { get; init; }

    /// <summary>
    /// The ESSDN without its terminator, or null when EssdnSize is 0 (the usual public folders logon).
    /// An empty string is an EssdnSize of 1: the terminator alone.
    /// </summary>
    public string? Essdn { get; init; }

    public static RopLogonRequest DecodeBody(ref ProtocolReader reader, byte logonId)
    {
        string outer = reader.Enter(nameof(RopId.RopLogon));
        byte output = reader.ReadByte(nameof(OutputHandleIndex));
        var logonFlags = (LogonFlags)reader.ReadByte(nameof(LogonFlags));
        var openFlags = (OpenFlags)reader.ReadUInt32(nameof(OpenFlags));
        var storeState = (StoreState)reader.ReadUInt32(nameof(StoreState));
        ushort essdnSize = reader.ReadCount16("EssdnSize", 1);
        var request = new RopLogonRequest
        {
            LogonId = logonId,
            OutputHandleIndex = output,
            LogonFlags = logonFlags,
            OpenFlags = openFlags,
            StoreState = storeState,

            // [MS-OXCSTOR] 2.2.1.1.1: the size counts the terminator; 0 means no ESSDN at all.
            Essdn = essdnSize == 0 ? null : AsciiStrings.ReadSized(ref reader, essdnSize, nameof(Essdn)),
        };
        reader.Leave(outer);
        return request;
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        writer.WriteByte(OutputHandleIndex);
        writer.WriteByte((byte)LogonFlags);
        writer.WriteUInt32((uint)OpenFlags);
        writer.WriteUInt32((uint)StoreState);
        if (Essdn is null)
        {
            writer.WriteUInt16(0);
            return;
        }

        writer.WriteCount16(AsciiStrings.SizeOf(Essdn, nameof(Essdn)), "EssdnSize");
        AsciiStrings.Write(writer, Essdn, nameof(Essdn));
    }
}
