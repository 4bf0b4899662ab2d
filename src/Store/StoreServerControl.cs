namespace Conformance.Store;

using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Store.Model;

/// <summary>The in-process store's answer to <see cref="IServerControl"/>: it sets the conditions directly on the model.</summary>
public sealed class StoreServerControl(StoreServer server) : IServerControl
{
    // The configured choices, which Reset returns to.
    private readonly string? configuredDefaultPublicFolderServer = server.Options.DefaultPublicFolderServer;
    private readonly string? configuredAlternatePublicFolderServer = server.Options.AlternatePublicFolderServer;
    private readonly bool asynchronousCopy = server.Options.AsynchronousCopy;
    private readonly int asynchronousCopyProgressSteps = server.Options.AsynchronousCopyProgressSteps;

    public void SetMailboxState(string userName, MailboxState state) => With(userName, m => m.State = state);

    public void SetHomeServer(string userName, string? serverDistinguishedName) => With(userName, m => m.HomeServer = serverDistinguishedName);

    public void SetPublicFolderContainerPresent(bool present)
    {
        lock (server.Sync)
        {
            server.PublicFolders.ContainerPresent = present;
        }
    }

    public void SetPublicFolderServers(string? defaultServerDistinguishedName, string? alternateServerDistinguishedName)
    {
        lock (server.Sync)
        {
            server.Options.DefaultPublicFolderServer = defaultServerDistinguishedName;
            server.Options.AlternatePublicFolderServer = alternateServerDistinguishedName;
        }
    }

    public void SetActiveSearchFolders(string userName, bool active) => With(userName, m => m.HasActiveSearchFolders = active);

    /// <summary>Turns <see cref="StoreOptions.AsynchronousCopy"/> on or off; on, a copy takes a few RopProgress requests, so progress is reported before the end.</summary>
    public void SetAsynchronousProcessing(bool enabled)
    {
        lock (server.Sync)
        {
            server.Options.AsynchronousCopy = enabled;
            server.Options.AsynchronousCopyProgressSteps = enabled ? Math.Max(3, asynchronousCopyProgressSteps) : asynchronousCopyProgressSteps;
        }
    }

    // The model holds either a local active replica (null) or the ESSDNs of the other active replicas.
    public void SetPublicFolderReplicas(ObjectId folderId, bool activeHere, IReadOnlyList<string> otherServers)
    {
        lock (server.Sync)
        {
            if (!server.PublicFolders.Folders.TryGetValue(folderId, out FolderRecord? folder))
            {
                throw new ArgumentException($"no public folder {folderId}", nameof(folderId));
            }

            folder.GhostReplicaServers = activeHere ? null : [.. otherServers];
        }
    }

    public void AdvanceClock(TimeSpan by) => server.AdvanceClock(by);

    public void Reset()
    {
        lock (server.Sync)
        {
            server.Options.AsynchronousCopy = asynchronousCopy;
            server.Options.AsynchronousCopyProgressSteps = asynchronousCopyProgressSteps;
            foreach (Mailbox mailbox in server.Mailboxes)
            {
                mailbox.State = MailboxState.Available;
                mailbox.HomeServer = null;
                mailbox.HasActiveSearchFolders = false;
            }

            server.PublicFolders.ContainerPresent = true;
            server.Options.DefaultPublicFolderServer = configuredDefaultPublicFolderServer;
            server.Options.AlternatePublicFolderServer = configuredAlternatePublicFolderServer;
            foreach (FolderRecord folder in server.PublicFolders.Folders.Values)
            {
                folder.GhostReplicaServers = null;
            }
        }
    }

    public void RestoreInitialContent() => server.RestoreInitialContent();

    private void With(string userName, Action<Mailbox> change)
    {
        lock (server.Sync)
        {
            change(server.FindMailboxByUser(userName) ?? throw new ArgumentException($"no mailbox for '{userName}'", nameof(userName)));
        }
    }
}
