namespace Conformance.Fuzz.Traffic;

using System.Reflection;
using Conformance.Protocol.Generators;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// Valid ROP requests from the FsCheck generators of every ROP, made structure-aware for a session: LogonId 0 and
/// handle indexes mostly inside the handle table the case sends ([MS-OXCROPS] 2.2.1.1), so requests reach the server's
/// handlers instead of stopping at ecNullObject. Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class RequestGenerator
{
    private readonly RopCase[] cases;

    /// <param name="live">Against a live server: only ROPs that cannot reach beyond the handles the prelude opened (see <see cref="LiveSafety"/>).</param>
    public RequestGenerator(bool live)
    {
        cases = [.. RopGenerators.All.Where(c => c.Requests is not null && (!live || LiveSafety.IsAllowedRop(c.RopId)))];
    }

    /// <summary>The ROPs this generator produces.</summary>
    public IEnumerable<RopId> RopIds => cases.Select(c => c.RopId);

    /// <summary>One request for a buffer whose handle table has <paramref name="handleCount"/> entries.</summary>
    public RopRequest Next(System.Random random, int handleCount, bool live)
    {
        for (int attempt = 0; ; attempt++)
        {
            RopCase chosen = cases[random.Next(cases.Length)];
            var rnd = new Rnd((ulong)random.NextInt64(), 0x9E3779B97F4A7C15UL);
            RopRequest request = chosen.Requests!.Sample(random.Next(1, 12), rnd, 1).First();
            request = Settle(request, random, handleCount);
            if (!live || LiveSafety.IsAllowed(request) || attempt > 100)
            {
                return request;
            }
        }
    }

    // Records have init-only properties and no generic "with"; the compiler's clone and the property setters do it.
    private static RopRequest Settle(RopRequest request, System.Random random, int handleCount)
    {
        var copy = (RopRequest)request.GetType().GetMethod("<Clone>$")!.Invoke(request, null)!;
        Set(copy, nameof(RopRequest.LogonId), random.Next(16) == 0 ? (byte)random.Next(256) : (byte)0);
        Set(copy, nameof(IRopInputHandle.InputHandleIndex), Index(random, handleCount));
        Set(copy, nameof(IRopOutputHandle.OutputHandleIndex), Index(random, handleCount));
        return copy;
    }

    private static byte Index(System.Random random, int handleCount) =>
        random.Next(10) == 0 || handleCount == 0 ? (byte)random.Next(256) : (byte)random.Next(handleCount);

    private static void Set(RopRequest request, string name, byte value)
    {
        PropertyInfo? property = request.GetType().GetProperty(name);
        if (property?.PropertyType == typeof(byte) && property.CanWrite)
        {
            property.SetValue(request, value);
        }
    }

    /// <summary>A few request sequences a client sends, as corpus seeds (the prelude's handles: 0 logon, 1 folder, 2 message).</summary>
    public static IReadOnlyList<RopRequest[]> ClientSequences { get; } =
    [
        [new RopGetStoreStateRequest { InputHandleIndex = 0 }, new RopGetReceiveFolderTableRequest { InputHandleIndex = 0 }],
        [
            new Protocol.Rops.Property.RopGetPropertiesAllRequest { InputHandleIndex = 2, PropertySizeLimit = 0, WantUnicode = true },
            new Protocol.Rops.Property.RopGetPropertiesListRequest { InputHandleIndex = 1 },
        ],
        [
            new Protocol.Rops.Stream.RopOpenStreamRequest { InputHandleIndex = 2, OutputHandleIndex = 3, PropertyTag = new PropertyTag(0x1000, PropertyType.PtypString), OpenModeFlags = Protocol.Rops.Stream.OpenStreamModeFlags.Create },
            new Protocol.Rops.Stream.RopCommitStreamRequest { InputHandleIndex = 3 },
            new Protocol.Rops.Stream.RopGetStreamSizeRequest { InputHandleIndex = 3 },
        ],
        [
            new Protocol.Rops.Support.RopGetHierarchyTableRequest { InputHandleIndex = 1, OutputHandleIndex = 3 },
            new Protocol.Rops.Support.RopSetColumnsRequest { InputHandleIndex = 3, PropertyTags = new[] { new PropertyTag(0x3001, PropertyType.PtypString) } },
            new Protocol.Rops.Support.RopQueryRowsRequest { InputHandleIndex = 3, ForwardRead = true, RowCount = 10 },
            new Protocol.Rops.Support.RopReleaseRequest { InputHandleIndex = 3 },
        ],
    ];
}
