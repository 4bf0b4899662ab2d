namespace Conformance.Suites;

using Conformance.Adapters;
using Conformance.Adapters.Client;
using Conformance.Harness.Traceability;
using Conformance.Protocol.Rops.Support;

/// <summary>
/// The base of every suite test. It connects clients to the run's target (each with the adapter analyzer
/// attached), creates the test's own folder, records checkpoints with the last ROP exchange attached, and
/// undoes what the test did when it ends: cleanup actions in reverse order, the test folders deleted, server
/// conditions reset. Tests talk to the target only through <see cref="MailboxClient"/> and ROP bytes.
/// </summary>
public abstract class ConformanceTest
{
    private readonly List<MailboxClient> clients = [];
    private readonly List<IDisposable> analyzers = [];
    private readonly List<Func<Task>> cleanups = [];
    private readonly List<ITarget> testTargets = [];
    private ITarget? target;
    private bool serverControlUsed;

    /// <summary>
    /// The run's target as this test sees it (<see cref="SuiteRun.TargetForTest"/>): recording the test's exchanges
    /// when captures are on, answering from the test's capture on a replay target.
    /// </summary>
    protected ITarget Target
    {
        get
        {
            if (target is null)
            {
                (ITarget forTest, IReadOnlyList<ITarget> owned) = SuiteRun.TargetForTest(TestContext.CurrentContext.Test.FullName);
                testTargets.AddRange(owned);
                target = forTest;
            }

            return target;
        }
    }

    /// <summary>The primary test user (the first configured user).</summary>
    protected static TargetUser User1 => SuiteRun.Users.Count > 0 ? SuiteRun.Users[0] : throw new InvalidOperationException("no users are configured (Users in conformance.json)");

    /// <summary>A second user, for tests between two mailboxes; the test is Inconclusive without one.</summary>
    protected static TargetUser User2
    {
        get
        {
            if (SuiteRun.Users.Count < 2)
            {
                Assert.Inconclusive("this test needs a second configured user (Users in conformance.json)");
            }

            return SuiteRun.Users[1];
        }
    }

    /// <summary>The last ROP exchange of any client of this test.</summary>
    protected RopExchange? LastExchange { get; private set; }

    /// <summary>Opens a session as <paramref name="user"/> (default <see cref="User1"/>) without logging on.</summary>
    protected async Task<MailboxClient> ConnectAsync(TargetUser? user = null)
    {
        var session = new RopSession(await Target.ConnectAsync(user ?? User1).ConfigureAwait(false));
        session.Exchanged += exchange => LastExchange = exchange;
        analyzers.Add(SuiteRun.Analyzer.Attach(session));
        var client = new MailboxClient(session);
        clients.Add(client);
        return client;
    }

    /// <summary>A session of <paramref name="user"/> logged on to its own mailbox at handle index 0.</summary>
    protected async Task<MailboxClient> LogonAsync(TargetUser? user = null)
    {
        MailboxClient client = await ConnectAsync(user).ConfigureAwait(false);
        await client.LogonPrivateAsync().ConfigureAwait(false);
        return client;
    }

    /// <summary>A session of <paramref name="user"/> logged on to the public folders at handle index 0.</summary>
    protected async Task<MailboxClient> LogonPublicAsync(TargetUser? user = null)
    {
        MailboxClient client = await ConnectAsync(user).ConfigureAwait(false);
        await client.LogonPublicAsync().ConfigureAwait(false);
        return client;
    }

    /// <summary>
    /// Creates a folder for this test under the IPM subtree of <paramref name="client"/>'s mailbox, open at
    /// <paramref name="index"/> (the subtree is opened at <paramref name="index"/> first, then replaced).
    /// It is deleted, hard, with its contents, when the test ends.
    /// </summary>
    protected async Task<TestFolder> CreateTestFolderAsync(MailboxClient client, byte index = 1)
    {
        string name = $"conformance {TestContext.CurrentContext.Test.Name} {TestValues.NewGuid():N}";
        await client.OpenFolderAsync(client.Folders.InterpersonalMessagesSubtree, index).ConfigureAwait(false);
        RopCreateFolderResponse created = await client.CreateFolderAsync(index, index, name).ConfigureAwait(false);
        TargetUser owner = client.User;
        AddCleanup(async () =>
        {
            // A fresh session, so the cleanup does not depend on the handles the test left behind.
            await using MailboxClient cleaner = new(new RopSession(await Target.ConnectAsync(owner).ConfigureAwait(false)));
            await cleaner.LogonPrivateAsync().ConfigureAwait(false);
            await cleaner.OpenFolderAsync(cleaner.Folders.InterpersonalMessagesSubtree, 1).ConfigureAwait(false);
            await cleaner.DeleteFolderAsync(1, created.FolderId).ConfigureAwait(false);
        });
        return new TestFolder(created.FolderId, index, name);
    }

    /// <summary>Registers an action that undoes a change the test made outside its test folder; run in reverse order when the test ends.</summary>
    protected void AddCleanup(Func<Task> cleanup) => cleanups.Add(cleanup);

    /// <summary>
    /// The target's server control, for conditions a client cannot provoke. On a target without one, the
    /// requirements <paramref name="ids"/> are recorded inconclusive and the test ends Inconclusive.
    /// </summary>
    protected IServerControl RequireServerControl(string purpose, params string[] ids)
    {
        if (Target.ServerControl is { } control)
        {
            serverControlUsed = true;
            return control;
        }

        string reason = $"target '{Target.Name}' cannot be controlled by the harness, so the test cannot {purpose}";
        foreach (string id in ids)
        {
            Requirements.Current.Recorder.RecordInconclusive(id, reason);
        }

        Assert.Inconclusive(reason);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Records requirement <paramref name="id"/> with the last exchange attached; a MUST that does not hold fails the test.</summary>
    protected Checkpoint Check(string id, bool held, object? expected, object? actual, string message = "") =>
        Requirements.Check(id, held, expected, actual, message, LastExchange);

    /// <inheritdoc cref="Check"/>
    protected Checkpoint CheckEqual<T>(string id, T expected, T actual, string message = "") =>
        Requirements.CheckEqual(id, expected, actual, message, LastExchange);

    /// <summary>Records requirement <paramref name="id"/> for a ReturnValue: <paramref name="expected"/> and the actual one named as error codes.</summary>
    protected Checkpoint CheckReturnValue(string id, uint expected, uint actual, string message = "") =>
        Requirements.Check(id, expected == actual, Protocol.Data.ErrorCodes.Describe(expected), Protocol.Data.ErrorCodes.Describe(actual), message, LastExchange);

    [TearDown]
    public async Task EndTestAsync()
    {
        var problems = new List<string>();
        for (int i = cleanups.Count - 1; i >= 0; i--)
        {
            try
            {
                await cleanups[i]().ConfigureAwait(false);
            }
            catch (Exception error) when (error is RopFailedException or CallFailedException or IOException or TimeoutException)
            {
                problems.Add(error.Message);
            }
        }

        if (serverControlUsed)
        {
            Target.ServerControl?.Reset();
        }

        foreach (IDisposable analyzer in analyzers)
        {
            analyzer.Dispose();
        }

        foreach (MailboxClient client in clients)
        {
            await client.DisposeAsync().ConfigureAwait(false);
        }

        // Last: the cleanups above went through the test's target, so their exchanges are in its capture too.
        foreach (ITarget owned in Enumerable.Reverse(testTargets))
        {
            await owned.DisposeAsync().ConfigureAwait(false);
        }

        cleanups.Clear();
        analyzers.Clear();
        clients.Clear();
        testTargets.Clear();
        target = null;
        if (problems.Count > 0)
        {
            // The mailbox keeps what could not be removed; say so rather than hide it.
            Assert.Warn($"cleanup left changes behind: {string.Join("; ", problems)}");
        }
    }
}
