namespace Conformance.Adapters;

/// <summary>
/// Server conditions a test must provoke and a client cannot ([MS-OXCSTOR] 3.2.5.1.3 logon errors,
/// active search folders). The in-process store implements it; a test that needs it on a target
/// that lacks it ends Inconclusive with the reason.
/// </summary>
public interface IServerControl
{
    void SetMailboxState(string userName, MailboxState state);

    /// <summary>Homes the user's mailbox on another server (RopLogon then redirects, [MS-OXCSTOR] 3.2.5.1.1), or back here with null.</summary>
    void SetHomeServer(string userName, string? serverDistinguishedName);

    /// <summary>Whether the public folder container exists (public logons fail without it).</summary>
    void SetPublicFolderContainerPresent(bool present);

    /// <summary>Whether the user's mailbox has active search folders (RopGetStoreState, [MS-OXCSTOR] 3.2.5.6).</summary>
    void SetActiveSearchFolders(string userName, bool active);

    /// <summary>
    /// Moves the server's clock forward by <paramref name="by"/>, so a test of an idle timeout (the 30 seconds
    /// after which a region lock expires, [MS-OXCPRPT] 3.2.5.21) need not wait for it. The clock never goes back:
    /// <see cref="Reset"/> leaves it where it is.
    /// </summary>
    void AdvanceClock(TimeSpan by);

    /// <summary>Returns every condition to normal.</summary>
    void Reset();
}
