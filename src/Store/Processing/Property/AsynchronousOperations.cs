namespace Conformance.Store.Processing.Property;

using System.Runtime.CompilerServices;
using Conformance.Protocol.Rops;
using Conformance.Store.Objects;

/// <summary>
/// An asynchronous copy waiting for RopProgress requests ([MS-OXCPRPT] 3.2.5.20): nothing is applied
/// until it completes, so a cancelled or aborted one changes nothing.
/// </summary>
/// <param name="Complete">Runs the copy and gives the copy ROP's response for the given handle index.</param>
/// <param name="Cancel">The copy ROP's response when the client cancels, for the given handle index.</param>
internal sealed class PendingOperation(uint totalTaskCount, int steps, Func<byte, RopResponse> complete, Func<byte, RopResponse> cancel)
{
    public uint TotalTaskCount { get; } = Math.Max(1u, totalTaskCount);

    public uint CompletedTaskCount { get; private set; }

    public int StepsLeft { get; private set; } = Math.Max(1, steps);

    public Func<byte, RopResponse> Complete { get; } = complete;

    public Func<byte, RopResponse> Cancel { get; } = cancel;

    /// <summary>
    /// Set when another ROP than RopProgress ran on the same logon ([MS-OXCPRPT] 3.1.5): the operation no
    /// longer runs, and the next RopProgress gets the original ROP's response for the abort (3.2.5.20).
    /// </summary>
    public bool Aborted { get; private set; }

    public void Abort() => Aborted = true;

    /// <summary>Counts one RopProgress; true when this one completes the operation.</summary>
    public bool Advance()
    {
        StepsLeft--;
        CompletedTaskCount = StepsLeft <= 0
            ? TotalTaskCount
            : (uint)Math.Min(TotalTaskCount - 1, CompletedTaskCount + Math.Max(1, TotalTaskCount / (uint)(StepsLeft + 1)));
        return StepsLeft <= 0;
    }
}

/// <summary>
/// The asynchronous operations in progress, by the Server object they were started on (the source of a
/// copy). Entries go with their object, so a released handle leaves nothing behind. All access happens
/// under the server lock.
/// </summary>
internal static class AsynchronousOperations
{
    private static readonly ConditionalWeakTable<ServerObject, PendingOperation> Pending = [];

    public static void Start(ServerObject target, PendingOperation operation) => Pending.AddOrUpdate(target, operation);

    public static PendingOperation? Find(ServerObject target) => Pending.TryGetValue(target, out PendingOperation? operation) ? operation : null;

    public static void End(ServerObject target) => Pending.Remove(target);

    /// <summary>Aborts every operation in progress on <paramref name="logon"/> ([MS-OXCPRPT] 3.1.5).</summary>
    public static void AbortOn(LogonObject logon)
    {
        foreach ((ServerObject target, PendingOperation operation) in Pending)
        {
            if (target.Logon == logon)
            {
                operation.Abort();
            }
        }
    }
}
