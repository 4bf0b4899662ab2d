namespace Conformance.Fuzz.Tests.Traffic;

using Conformance.Adapters;
using Conformance.Fuzz.Traffic;
using Conformance.Store;
using Conformance.Store.InProcess;

/// <summary>How a <see cref="BrokenTarget"/> breaks the answer to the fuzzed buffer.</summary>
public enum Breakage
{
    None,
    WrongHandleTableLength,
    Undecodable,
    Hang,
    InternalError,
    Throw,

    /// <summary>The fuzzed buffer's one ROP fails with WrongServer (0x478), a code only RopLogon can return.</summary>
    ForeignReturnValue,
}

/// <summary>
/// The in-process store with a deliberately broken session: the prelude's calls is answered
/// truly, the fuzzed buffer after it is broken as asked, so each oracle can be seen to fire.
/// </summary>
public sealed class BrokenTarget(Breakage breakage) : ITarget, IInternalErrorSource
{
    public static readonly TargetUser User = new("user1", "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user1");

    private readonly InProcessTarget inner = new(new StoreServer([User]));
    private readonly List<Exception> errors = [];

    public string Name => "broken";

    public IServerControl? ServerControl => null;

    public Breakage Breakage { get; set; } = breakage;

    /// <summary>Only buffers holding this many bytes or more are broken (so ddmin has something to shrink towards).</summary>
    public int BreakFromLength { get; set; }

    // The store's own internal errors count too, so a real bug still shows through the fake.
    public int InternalErrorCount => inner.InternalErrorCount + errors.Count;

    public IReadOnlyList<Exception> InternalErrorsSince(int start) => [.. inner.Server.InternalErrors.Concat(errors).Skip(start)];

    public async Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default) =>
        new BrokenSession(await inner.ConnectAsync(user, cancellationToken), this);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class BrokenSession(ISession inner, BrokenTarget target) : ISession
    {
        private int calls;

        public TargetUser User => inner.User;

        public async Task<RawExecution> ExecuteRawAsync(ReadOnlyMemory<byte> ropInputBuffer, int maximumOutputSize, CancellationToken cancellationToken = default)
        {
            RawExecution result = await inner.ExecuteRawAsync(ropInputBuffer, maximumOutputSize, cancellationToken);
            if (++calls <= SessionPrelude.CallCount || ropInputBuffer.Length < target.BreakFromLength)
            {
                return result;
            }

            switch (target.Breakage)
            {
                case Breakage.WrongHandleTableLength:
                    return result with { RopOutputBuffer = [.. result.RopOutputBuffer, 0xFF, 0xFF, 0xFF, 0xFF] };
                case Breakage.Undecodable:
                    byte[] cut = [.. result.RopOutputBuffer];
                    cut[2] = 0xEE; // the first response's RopId answers no request
                    return result with { RopOutputBuffer = cut };
                case Breakage.Hang:
                    await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                    return result;
                case Breakage.InternalError:
                    target.errors.Add(new InvalidOperationException("a handler failed"));
                    return result;
                case Breakage.Throw:
                    throw new InvalidOperationException("the adapter failed");
                case Breakage.ForeignReturnValue:
                    // RopSize, then a failure response (RopId, InputHandleIndex, ReturnValue), then the table as answered.
                    byte[] answered = result.RopOutputBuffer;
                    int ropSize = answered[0] | (answered[1] << 8);
                    byte[] failed = [8, 0, answered[2], answered[3], 0x78, 0x04, 0x00, 0x00, .. answered.AsSpan(ropSize)];
                    return result with { RopOutputBuffer = failed };
                default:
                    return result;
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
