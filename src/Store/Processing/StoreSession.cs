namespace Conformance.Store.Processing;

using Conformance.Adapters;
using Conformance.Store.Objects;

/// <summary>
/// The server side of one session: the Server objects it holds by handle value and its logons by
/// LogonId. Handle values are unique within the session and never 0xFFFFFFFF, the unused-entry value.
/// </summary>
public sealed class StoreSession(StoreServer server, TargetUser user)
{
    private readonly Dictionary<uint, ServerObject> objects = [];
    private readonly Dictionary<byte, LogonObject> logons = [];
    private uint nextHandle = 1;

    public StoreServer Server { get; } = server;

    public TargetUser User { get; } = user;

    /// <summary>The code page the connection named ([MS-OXCRPC] 3.1.4.11 cpid); null when it named none.</summary>
    public int? CodePage { get; init; }

    public int ObjectCount => objects.Count;

    /// <summary>When the session last sent a ROP buffer (region-lock expiry, [MS-OXCPRPT] 3.2.5.21).</summary>
    public DateTimeOffset LastActivity { get; set; }

    public uint Add(ServerObject value)
    {
        uint handle = nextHandle++;
        if (handle == 0xFFFFFFFF)
        {
            throw new InvalidOperationException("handle values exhausted");
        }

        objects[handle] = value;
        if (value is LogonObject logon)
        {
            logons[logon.LogonId] = logon;
        }

        return handle;
    }

    public ServerObject? Find(uint handle) => objects.GetValueOrDefault(handle);

    public LogonObject? FindLogon(byte logonId) => logons.GetValueOrDefault(logonId);

    /// <summary>Releases the object behind <paramref name="handle"/>; releasing a logon releases everything opened through it.</summary>
    public void Release(uint handle)
    {
        if (!objects.Remove(handle, out ServerObject? value))
        {
            return;
        }

        value.OnRelease();
        if (value is LogonObject logon)
        {
            logons.Remove(logon.LogonId);
            foreach (uint child in objects.Where(o => o.Value.Logon == logon).Select(o => o.Key).ToArray())
            {
                Release(child);
            }
        }
    }

    public void ReleaseAll()
    {
        foreach (uint handle in objects.Keys.ToArray())
        {
            Release(handle);
        }
    }
}
