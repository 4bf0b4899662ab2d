namespace Conformance.Store.Tests.Adapters;

using Conformance.Adapters;
using Conformance.Store.Tests.Infrastructure;

/// <summary>Optional capabilities: the in-process store has server control; a target without it says so by name.</summary>
public sealed class TargetCapabilityTests
{
    private sealed class LiveLikeTarget : ITarget
    {
        public string Name => "live";

        public IServerControl? ServerControl => null;

        public Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Test]
    public async Task InProcessStoreOffersServerControl()
    {
        await using var harness = new StoreHarness();
        Assert.That(harness.Target.RequireServerControl("disable a mailbox"), Is.SameAs(harness.Server.Control));
    }

    [Test]
    public void MissingServerControlNamesTheTargetAndThePurpose()
    {
        var error = Assert.Throws<TargetCapabilityException>(() => new LiveLikeTarget().RequireServerControl("disable a mailbox"));
        Assert.That(error!.Message, Does.Contain("'live'").And.Contain("disable a mailbox"));
    }

    [Test]
    public async Task RestoreInitialContentRecreatesTheMailboxesWithTheirIdentity()
    {
        await using var harness = new StoreHarness();
        Model.Mailbox before = harness.Server.FindMailboxByUser(StoreHarness.User1.Name)!;
        before.NamedProperties.Add(Protocol.Data.PropertyName.FromName(Protocol.Data.PropertyName.PsPublicStrings, "left by a case"), 100);
        before.ReceiveFolders.Clear();
        Guid publicReplica = harness.Server.PublicFolders.ReplicaGuid;

        harness.Target.RequireServerControl("restore the initial content").RestoreInitialContent();

        Model.Mailbox after = harness.Server.FindMailboxByUser(StoreHarness.User1.Name)!;
        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.SameAs(before));
            Assert.That(after.NamedProperties.Count, Is.Zero);
            Assert.That(after.ReceiveFolders, Has.Count.EqualTo(4));
            Assert.That(after.ReplicaGuid, Is.EqualTo(before.ReplicaGuid));
            Assert.That(after.MailboxGuid, Is.EqualTo(before.MailboxGuid));
            Assert.That(after.SpecialFolders, Is.EqualTo(before.SpecialFolders));
            Assert.That(harness.Server.FindMailboxByEssdn(StoreHarness.User1.Essdn), Is.SameAs(after));
            Assert.That(harness.Server.PublicFolders.ReplicaGuid, Is.EqualTo(publicReplica));
        });
    }

    [Test]
    public void RestoreInitialContentIsACapabilityATargetMayLack()
    {
        IServerControl control = new ControlWithoutRestore();
        Assert.Throws<TargetCapabilityException>(control.RestoreInitialContent);
    }

    private sealed class ControlWithoutRestore : IServerControl
    {
        public void SetMailboxState(string userName, MailboxState state) { }

        public void SetHomeServer(string userName, string? serverDistinguishedName) { }

        public void SetPublicFolderContainerPresent(bool present) { }

        public void SetPublicFolderServers(string? defaultServerDistinguishedName, string? alternateServerDistinguishedName) { }

        public void SetActiveSearchFolders(string userName, bool active) { }

        public void SetAsynchronousProcessing(bool enabled) { }

        public void SetPublicFolderReplicas(Protocol.Data.ObjectId folderId, bool activeHere, IReadOnlyList<string> otherServers) { }

        public void AdvanceClock(TimeSpan by) { }

        public void Reset() { }
    }
}
