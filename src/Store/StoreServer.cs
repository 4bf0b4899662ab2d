namespace Conformance.Store;

using Conformance.Adapters;
using Conformance.Store.Model;
using Conformance.Store.Processing;

/// <summary>
/// The in-process server: the mailboxes of the configured users and the public folders store.
/// Every ROP buffer runs under <see cref="Sync"/>, one at a time, so each ROP sees and leaves a
/// consistent store: a change saved in one session is visible to the next ROP of any session.
/// </summary>
public sealed class StoreServer
{
    private readonly Dictionary<string, Mailbox> mailboxesByEssdn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Mailbox> mailboxesByUser = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Exception> internalErrors = [];
    private readonly ShiftedClock clock;

    public StoreServer(IEnumerable<TargetUser> users, StoreOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? new StoreOptions();
        clock = new ShiftedClock(time ?? TimeProvider.System);
        foreach (TargetUser user in users)
        {
            AddMailbox(new Mailbox(this, user, Guid.NewGuid(), Guid.NewGuid()));
        }

        PublicFolders = new PublicFolderStore(this, Guid.NewGuid(), Guid.NewGuid());
        Control = new StoreServerControl(this);
    }

    /// <summary>The lock every ROP buffer executes under.</summary>
    public object Sync { get; } = new();

    public StoreOptions Options { get; }

    /// <summary>The clock (region-lock expiry, modification times); tests substitute a manual one, server control moves it forward.</summary>
    public TimeProvider Time => clock;

    public PublicFolderStore PublicFolders { get; private set; }

    public StoreServerControl Control { get; }

    public IEnumerable<Mailbox> Mailboxes => mailboxesByUser.Values;

    /// <summary>Exceptions handlers raised (bugs of the store, answered with a failure response); tests assert there are none.</summary>
    public IReadOnlyList<Exception> InternalErrors
    {
        get
        {
            lock (internalErrors)
            {
                return [.. internalErrors];
            }
        }
    }

    public void RecordInternalError(Exception error)
    {
        lock (internalErrors)
        {
            internalErrors.Add(error);
        }
    }

    /// <summary>
    /// Creates every mailbox and the public folders anew, with the GUIDs they had (server control,
    /// <see cref="IServerControl.RestoreInitialContent"/>). Sessions opened before keep the old objects: callers
    /// restore between sessions.
    /// </summary>
    internal void RestoreInitialContent()
    {
        lock (Sync)
        {
            Mailbox[] old = [.. mailboxesByUser.Values];
            mailboxesByEssdn.Clear();
            mailboxesByUser.Clear();
            foreach (Mailbox mailbox in old)
            {
                AddMailbox(new Mailbox(this, mailbox.Owner, mailbox.ReplicaGuid, mailbox.MailboxGuid) { State = mailbox.State, HomeServer = mailbox.HomeServer, HasActiveSearchFolders = mailbox.HasActiveSearchFolders });
            }

            bool containerPresent = PublicFolders.ContainerPresent;
            PublicFolders = new PublicFolderStore(this, PublicFolders.ReplicaGuid, PublicFolders.MailboxGuid) { ContainerPresent = containerPresent };
        }
    }

    private void AddMailbox(Mailbox mailbox)
    {
        mailboxesByEssdn[mailbox.Owner.Essdn] = mailbox;
        mailboxesByUser[mailbox.Owner.Name] = mailbox;
    }

    public Mailbox? FindMailboxByEssdn(string essdn) => mailboxesByEssdn.GetValueOrDefault(essdn);

    public Mailbox? FindMailboxByUser(string userName) => mailboxesByUser.GetValueOrDefault(userName);

    /// <summary>Starts a session for <paramref name="user"/>; the user must be configured.</summary>
    /// <summary>A session of <paramref name="user"/>; <paramref name="codePage"/> is the code page its connection named, if any.</summary>
    public StoreSession OpenSession(TargetUser user, int? codePage = null) =>
        mailboxesByUser.ContainsKey(user.Name)
            ? new StoreSession(this, user) { CodePage = codePage }
            : throw new InvalidOperationException($"user '{user.Name}' is not configured on this store");

    /// <summary>Moves <see cref="Time"/> forward by <paramref name="by"/> (server control, <see cref="IServerControl.AdvanceClock"/>).</summary>
    internal void AdvanceClock(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (Sync)
        {
            clock.Shift += by;
        }
    }

    /// <summary>A clock running with another, plus a shift that only grows.</summary>
    private sealed class ShiftedClock(TimeProvider inner) : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Shift;

        public override long GetTimestamp() => inner.GetTimestamp() + (long)(Shift.TotalSeconds * inner.TimestampFrequency);
    }
}
