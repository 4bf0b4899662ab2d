namespace Conformance.Store.InProcess;

using Conformance.Adapters;

/// <summary>The embedded default target: a <see cref="StoreServer"/> in this process, reached through ROP bytes.</summary>
public sealed class InProcessTarget(StoreServer server, string name = "inproc") : ITarget, IInternalErrorSource
{
    public string Name { get; } = name;

    public StoreServer Server { get; } = server;

    public IServerControl? ServerControl => Server.Control;

    /// <summary>Builds a target with a fresh store for the configured users and the target's store options.</summary>
    public static InProcessTarget Create(ConformanceSettings settings, string name = "inproc") =>
        new(new StoreServer(settings.Users.Select(u => u.ToTargetUser()), StoreOptions.FromDictionary(settings.Targets[name].Options)), name);

    public Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) =>
        Task.FromResult<ISession>(new InProcessSession(Server.OpenSession(user)));

    public Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default) =>
        Task.FromResult<ISession>(new InProcessSession(Server.OpenSession(user, codePage)));

    public int InternalErrorCount => Server.InternalErrors.Count;

    public IReadOnlyList<Exception> InternalErrorsSince(int start) => [.. Server.InternalErrors.Skip(start)];

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
