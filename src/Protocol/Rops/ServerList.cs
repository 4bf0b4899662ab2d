namespace Conformance.Protocol.Rops;

using Conformance.Protocol.Encoding;

/// <summary>
/// The replica server list shared by RopGetOwningServers, RopPublicFolderIsGhosted ([MS-OXCSTOR]
/// 2.2.1.6.2, 2.2.1.7.2) and the ghosted RopOpenFolder / RopCreateFolder responses ([MS-OXCROPS] 2.2.4.1.2): a 2-byte count, a 2-byte cheap count, then that many null-terminated ASCII ESSDNs.
/// </summary>
internal static class ServerList
{
    public static (ushort CheapServersCount, string[] Servers) Decode(ref ProtocolReader reader, string countField, string cheapField, string serversField)
    {
        int count = reader.ReadCount16(countField, 1);
        int cheapAt = reader.Offset;
        ushort cheap = reader.ReadUInt16(cheapField);
        if (cheap > count)
        {
            // The cheap servers are a prefix of the list, so more of them than servers has no meaning.
            throw reader.ErrorAt(cheapAt, cheapField, ProtocolErrorKind.InvalidValue, $"{cheap} cheap servers of {count}");
        }

        var servers = new string[count];
        for (int i = 0; i < servers.Length; i++)
        {
            servers[i] = reader.ReadAsciiString(serversField);
        }

        return (cheap, servers);
    }

    public static void Encode(ProtocolWriter writer, ushort cheapServersCount, ValueArray<string> servers, string countField, string serversField)
    {
        if (cheapServersCount > servers.Count)
        {
            throw new InvalidOperationException($"{cheapServersCount} cheap servers of {servers.Count} cannot be decoded");
        }

        writer.WriteCount16(servers.Count, countField);
        writer.WriteUInt16(cheapServersCount);
        foreach (string server in servers)
        {
            AsciiStrings.Write(writer, server, serversField);
        }
    }
}
