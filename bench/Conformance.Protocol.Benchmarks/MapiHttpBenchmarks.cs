namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Attributes;
using Conformance.Adapters;
using Conformance.Adapters.MapiHttp;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Server;

/// <summary>
/// The live path on this machine: our MAPI over HTTP client adapter against the store served by Kestrel on
/// 127.0.0.1, one session, one request at a time. A PING ([MS-OXCMAPIHTTP] 2.2.6) and an Execute of one
/// RopGetPropertiesSpecific on the logon (after a RopLogon); one benchmark operation is one HTTP request.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class MapiHttpBenchmarks
{
    private const string Password = "benchmark-only";

    private static readonly UserSettings User = new() { Name = "bench", Essdn = "/o=Conformance/cn=Recipients/cn=bench", Password = Password };

    private StoreHost host = null!;
    private MapiHttpSession session = null!;
    private byte[] getPropertiesBuffer = [];

    [GlobalSetup]
    public void Setup()
    {
        var settings = new ConformanceSettings { Users = [User] };
        settings.Targets["inproc"] = new TargetSettings();
        host = StoreHost.StartAsync(settings).GetAwaiter().GetResult();
        var target = new MapiHttpTarget("bench", MapiHttpTargetOptions.Parse("bench", new TargetSettings { Kind = "mapihttp", Url = host.MailboxEndpointUrl.ToString() }));
        session = target.ConnectSessionAsync(User.ToTargetUser()).GetAwaiter().GetResult();

        uint[] handles = [RopSession.UnusedHandle];
        RopRequest[] logonRequest = [new RopLogonRequest { OutputHandleIndex = 0, LogonFlags = LogonFlags.Private, OpenFlags = OpenFlags.UsePerMdbReplidMapping, Essdn = User.Essdn }];
        byte[] logon = new RopInputBuffer(logonRequest, handles).ToBytes();
        RawExecution logged = session.ExecuteRawAsync(logon, RopSession.DefaultMaximumOutputSize).GetAwaiter().GetResult();
        RopOutputBuffer output = RopOutputBuffer.Decode(logged.RopOutputBuffer, logonRequest, r => new RopResponseContext(r));

        // PidTagDisplayName of the logon ([MS-OXCSTOR] 2.2.2.1).
        RopRequest[] getProperties = [new RopGetPropertiesSpecificRequest { InputHandleIndex = 0, WantUnicode = true, PropertyTags = new[] { new PropertyTag(0x3001, PropertyType.PtypString) } }];
        getPropertiesBuffer = new RopInputBuffer(getProperties, output.ServerObjectHandleTable.ToArray()).ToBytes();
    }

    [Benchmark]
    public Task<MapiHttpReply> Ping() => session.PingAsync();

    [Benchmark]
    public Task<RawExecution> ExecuteGetPropertiesSpecific() => session.ExecuteRawAsync(getPropertiesBuffer, RopSession.DefaultMaximumOutputSize);

    [GlobalCleanup]
    public void Cleanup()
    {
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
