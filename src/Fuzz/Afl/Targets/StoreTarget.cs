namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Adapters;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using Conformance.Store;
using Conformance.Store.InProcess;

/// <summary>
/// The whole in-process store: the input is one ROP input buffer executed after a fresh logon to a fresh store (so
/// inputs do not depend on each other). A finding is an exception escaping, or one the store caught in a handler
/// (<see cref="StoreServer.InternalErrors"/>).
/// </summary>
public sealed class StoreTarget : IFuzzTarget
{
    private static readonly TargetUser User = new("fuzz", "/o=Fuzz/ou=Exchange Administrative Group/cn=Recipients/cn=fuzz");

    private static readonly byte[] Logon = new RopInputBuffer(
        new RopRequest[] { new RopLogonRequest { LogonId = 0, OutputHandleIndex = 0, LogonFlags = LogonFlags.Private, OpenFlags = OpenFlags.UsePerMdbReplidMapping, Essdn = User.Essdn } },
        new uint[] { 0xFFFFFFFF }).ToBytes();

    public string Name => "store";

    public string Description => "the in-process store: one ROP input buffer after a fresh logon";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll", "Conformance.Store.dll"];

    public void Run(ReadOnlySpan<byte> input)
    {
        var server = new StoreServer([User]);
        var session = new InProcessSession(server.OpenSession(User));
        RawExecution logon = session.ExecuteRawAsync(Logon, 0x8000).GetAwaiter().GetResult();
        if (!logon.Succeeded)
        {
            throw new InvalidOperationException($"the fuzz logon failed: 0x{logon.ReturnCode:X8}");
        }

        session.ExecuteRawAsync(input.ToArray(), 0x8000).GetAwaiter().GetResult();
        if (server.InternalErrors.Count > 0)
        {
            throw new FuzzFindingException("the store recorded an internal error", server.InternalErrors[0]);
        }
    }
}
