namespace Conformance.Store;

using Conformance.Adapters;
using Conformance.Store.Model;

/// <summary>The in-process store's answer to <see cref="IServerControl"/>: it sets the conditions directly on the model.</summary>
public sealed class StoreServerControl(StoreServer server) : IServerControl
{
    public void SetMailboxState(string userName, MailboxState state) => With(userName, m => m.State = state);

    public void SetHomeServer(string userName, string? serverDistinguishedName) => With(userName, m => m.HomeServer = serverDistinguishedName);

    public void SetPublicFolderContainerPresent(bool present)
    {
        lock (server.Sync)
        {
            server.PublicFolders.ContainerPresent = present;
        }
    }

    public void SetActiveSearchFolders(string userName, bool active) => With(userName, m => m.HasActiveSearchFolders = active);

    public void AdvanceClock(TimeSpan by) => server.AdvanceClock(by);

    public void Reset()
    {
        lock (server.Sync)
        {
            foreach (Mailbox mailbox in server.Mailboxes)
            {
                mailbox.State = MailboxState.Available;
                mailbox.HomeServer = null;
                mailbox.HasActiveSearchFolders = false;
            }

            server.PublicFolders.ContainerPresent = true;
        }
    }

    private void With(string userName, Action<Mailbox> change)
    {
        lock (server.Sync)
        {
            change(server.FindMailboxByUser(userName) ?? throw new ArgumentException($"no mailbox for '{userName}'", nameof(userName)));
        }
    }
}
