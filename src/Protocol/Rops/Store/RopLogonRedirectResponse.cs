namespace Conformance.Protocol.Rops.Store;

using Conformance.Protocol.Encoding;

/// <summary>
/// RopLogon redirect response ([MS-OXCROPS] 2.2.3.1.4, [MS-OXCSTOR] 2.2.1.1.2): the failure with
/// ReturnValue ecWrongServer, which names the server to connect to instead.
/// </summary>
public sealed record RopLogonRedirectResponse : RopLogonResponse
{
    public override uint ReturnValue { get; init; } = EcWrongServer;

    /// <summary>The ESSDN of the server, without its terminator. ServerNameSize (one byte) counts the terminator.</summary>
    public required string ServerName { get; init; }

    /// <summary>Decodes the fields after ReturnValue.</summary>
    internal static RopLogonRedirectResponse DecodeFields(ref ProtocolReader reader, byte outputHandleIndex)
    {
        var flags = (LogonFlags)reader.ReadByte(nameof(LogonFlags));
        int sizeAt = reader.Offset;
        byte size = reader.ReadByte("ServerNameSize");
        if (size == 0)
        {
            // The name always ends with a terminator that the size counts, so a size of 0 is no string at all.
            throw reader.ErrorAt(sizeAt, "ServerNameSize", ProtocolErrorKind.InvalidValue, "0 leaves no room for the null terminator");
        }

        reader.CheckCount(size, 1, "ServerNameSize", sizeAt);
        return new RopLogonRedirectResponse
        {
            OutputHandleIndex = outputHandleIndex,
            LogonFlags = flags,
            ServerName = AsciiStrings.ReadSized(ref reader, size, nameof(ServerName)),
        };
    }

    protected override void EncodeBody(ProtocolWriter writer)
    {
        if (ReturnValue != EcWrongServer)
        {
            throw new InvalidOperationException($"a redirect response has ReturnValue 0x{EcWrongServer:X8}, not 0x{ReturnValue:X8}");
        }

        int size = AsciiStrings.SizeOf(ServerName, nameof(ServerName));
        if (size > byte.MaxValue)
        {
            throw new InvalidOperationException($"ServerName of {size} bytes does not fit the one-byte ServerNameSize");
        }

        writer.WriteByte(OutputHandleIndex);
        writer.WriteUInt32(ReturnValue);
        writer.WriteByte((byte)LogonFlags);
        writer.WriteByte((byte)size);
        AsciiStrings.Write(writer, ServerName, nameof(ServerName));
    }
}
