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
}
