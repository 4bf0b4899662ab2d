namespace Conformance.Adapters;

using Conformance.Protocol.Data;

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

    /// <summary>
    /// Where the user's default public folder container lives when not here, and the other public folder server
    /// an ALTERNATE_SERVER logon is sent to ([MS-OXCSTOR] 3.2.5.1.2); null for "this server" and "none".
    /// </summary>
    void SetPublicFolderServers(string? defaultServerDistinguishedName, string? alternateServerDistinguishedName);

    /// <summary>Whether the user's mailbox has active search folders (RopGetStoreState, [MS-OXCSTOR] 3.2.5.6).</summary>
    void SetActiveSearchFolders(string userName, bool active);

    /// <summary>
    /// Whether the server takes the asynchronous path for ROPs that ask for it (WantAsynchronous): it answers
    /// with RopProgress responses until the operation is done ([MS-OXCPRPT] 3.1.5, 3.2.5.20). Always the server's
    /// own choice, so a client cannot provoke it.
    /// </summary>
    void SetAsynchronousProcessing(bool enabled);

    /// <summary>
    /// Sets where the public folder <paramref name="folderId"/> (a Folder ID of a public folders logon) has
    /// active replicas ([MS-OXCSTOR] 3.2.5.6, 3.2.5.7): on this server when <paramref name="activeHere"/>,
    /// otherwise only on <paramref name="otherServers"/> (ESSDNs, cheapest first; empty: no active replica at all).
    /// </summary>
    void SetPublicFolderReplicas(ObjectId folderId, bool activeHere, IReadOnlyList<string> otherServers);

    /// <summary>
    /// Moves the server's clock forward by <paramref name="by"/>, so a test of an idle timeout (the 30 seconds
    /// after which a region lock expires, [MS-OXCPRPT] 3.2.5.21) need not wait for it. The clock never goes back:
    /// <see cref="Reset"/> leaves it where it is.
    /// </summary>
    void AdvanceClock(TimeSpan by);

    /// <summary>Returns every condition to normal.</summary>
    void Reset();

    /// <summary>
    /// Empties the server back to the content it started with: every mailbox and the public folders as first created
    /// (same GUIDs), with no session open. A long traffic-fuzzing campaign calls it between cases, so what earlier
    /// cases left outside the test folder (submitted messages in the Outbox, named-property mappings, per-user rows)
    /// does not pile up and slow every later case. A target that cannot throws <see cref="TargetCapabilityException"/>.
    /// </summary>
    void RestoreInitialContent() => throw new TargetCapabilityException("this target's server cannot be returned to its initial content");
}
