namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>The replica list of a ghosted folder in RopOpenFolder ([MS-OXCROPS] 2.2.4.1.2): ServerCount, CheapServerCount, Servers.</summary>
public sealed record RopOpenFolderGhostInfo(ushort CheapServerCount, ValueArray<string> Servers)
{
    public static RopOpenFolderGhostInfo Decode(ref ProtocolReader reader)
    {
        int countAt = reader.Offset;
        int serverCount = reader.ReadCount16("ServerCount", 1);
        int cheapAt = reader.Offset;
        ushort cheap = reader.ReadUInt16("CheapServerCount");
        if (cheap > serverCount)
        {
            throw reader.ErrorAt(cheapAt, "CheapServerCount", ProtocolErrorKind.InvalidValue, $"{cheap} cheap servers of {serverCount} (counted at byte {countAt})");
        }

        var servers = new string[serverCount];
        for (int i = 0; i < servers.Length; i++)
        {
            servers[i] = reader.ReadAsciiString("Servers");
        }

        return new RopOpenFolderGhostInfo(cheap, servers);
    }

    public void Encode(ProtocolWriter writer)
    {
        writer.WriteCount16(Servers.Count, "ServerCount");
        writer.WriteUInt16(CheapServerCount);
        foreach (string server in Servers)
        {
            writer.WriteString8(server);
        }
    }
}
