namespace Conformance.Store.Objects;

/// <summary>
/// An object a client holds a handle to ([MS-OXCROPS] 1.3.1 Server objects). Every object belongs to
/// the logon it was opened through.
/// </summary>
public abstract class ServerObject
{
    protected ServerObject(LogonObject? logon) => Logon = logon ?? (LogonObject)this;

    public LogonObject Logon { get; }

    /// <summary>Called when the client releases the handle (RopRelease) or the session ends.</summary>
    public virtual void OnRelease()
    {
    }
}
