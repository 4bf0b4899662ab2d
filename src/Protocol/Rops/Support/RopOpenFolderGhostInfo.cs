namespace Conformance.Protocol.Rops.Support;

using Conformance.Protocol.Encoding;

/// <summary>The replica list of a ghosted folder in RopOpenFolder and RopCreateFolder ([MS-OXCROPS] 2.2.4.1.2): ServerCount, CheapServerCount, Servers.</summary>
public sealed record RopOpenFolderGhostInfo(ushort CheapServerCount, ValueArray<string> Servers)
{
    public static RopOpenFolderGhostInfo Decode(ref ProtocolReader reader)
    {
        (ushort cheap, string[] servers) = ServerList.Decode(ref reader, "ServerCount", nameof(CheapServerCount), nameof(Servers));
        return new RopOpenFolderGhostInfo(cheap, servers);
    }

    public void Encode(ProtocolWriter writer) => ServerList.Encode(writer, CheapServerCount, Servers, "ServerCount", nameof(Servers));
}
