namespace Conformance.Protocol.Benchmarks;

using BenchmarkDotNet.Attributes;
using Conformance.Adapters;
using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Property;
using Conformance.Protocol.Rops.Store;
using Conformance.Protocol.Rops.Stream;
using Conformance.Protocol.Rops.Support;
using Conformance.Store;
using Conformance.Store.InProcess;

/// <summary>
/// The in-process store end to end through ROP bytes (client encode, server decode/execute/encode,
/// client decode): a batch of RopGetPropertiesSpecific with 20 properties each (reported per ROP), and
/// writing then reading a 1 MiB stream in 28 KiB RopWriteStream / RopReadStream chunks.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class StoreBenchmarks : IWireSize
{
    public const int BatchSize = 20;
    public const int StreamLength = 1 << 20;
    public const int ChunkSize = 28 * 1024;

    private static readonly TargetUser User = new("bench", "/o=Conformance/cn=Recipients/cn=bench");

    private RopSession session = null!;
    private uint[] handles = [];
    private RopRequest[] getProperties = [];
    private byte[] getPropertiesBuffer = [];
    private byte[] chunk = [];

    [GlobalSetup]
    public void Setup()
    {
        var target = new InProcessTarget(new StoreServer([User]));
        session = new RopSession(target.ConnectAsync(User).GetAwaiter().GetResult());
        handles = Enumerable.Repeat(RopSession.UnusedHandle, 4).ToArray();
        RopExchange logon = Run(new RopLogonRequest { OutputHandleIndex = 0, LogonFlags = LogonFlags.Private, Essdn = User.Essdn });
        ObjectId inbox = ((RopLogonPrivateMailboxResponse)logon.Responses[0]).FolderIds.Inbox;

        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? new TaggedPropertyValue((ushort)(0x6700 + i), PropertyValue.String($"value number {i} of the benchmark message"))
            : new TaggedPropertyValue((ushort)(0x6700 + i), PropertyValue.Integer32(i * 1000))).ToArray();
        Run(
            new RopCreateMessageRequest { InputHandleIndex = 0, OutputHandleIndex = 1, CodePageId = 0x0FFF, FolderId = inbox },
            new RopSetPropertiesRequest { InputHandleIndex = 1, PropertyValues = values },
            new RopSaveChangesMessageRequest { ResponseHandleIndex = 1, InputHandleIndex = 1, SaveFlags = SaveFlags.KeepOpenReadWrite },
            new RopOpenStreamRequest { InputHandleIndex = 1, OutputHandleIndex = 2, PropertyTag = new PropertyTag(0x1000, PropertyType.PtypBinary), OpenModeFlags = OpenStreamModeFlags.Create });

        PropertyTag[] tags = values.Select(v => v.PropertyTag).ToArray();
        getProperties = Enumerable.Repeat<RopRequest>(new RopGetPropertiesSpecificRequest { InputHandleIndex = 1, WantUnicode = true, PropertyTags = tags }, BatchSize).ToArray();
        getPropertiesBuffer = new RopInputBuffer(getProperties, handles).ToBytes();
        chunk = Enumerable.Range(0, ChunkSize).Select(i => (byte)i).ToArray();
    }

    public double BytesPerOperation(string method) => method == nameof(StreamWriteThenRead1MiB) ? 2.0 * StreamLength : getPropertiesBuffer.Length / (double)BatchSize;

    private RopExchange Run(params RopRequest[] requests)
    {
        RopExchange exchange = session.ExecuteAsync(requests, handles).GetAwaiter().GetResult();
        if (!exchange.Result.Succeeded || exchange.Responses.OfType<RopFailureResponse>().FirstOrDefault() is { } failure)
        {
            throw new InvalidOperationException($"benchmark setup failed: {exchange.Result.ReturnCode:X8} {exchange.Responses.OfType<RopFailureResponse>().FirstOrDefault()}");
        }

        handles = [.. exchange.HandleTable];
        return exchange;
    }

    /// <summary>One Execute of <see cref="BatchSize"/> RopGetPropertiesSpecific; the time is per ROP.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int GetPropertiesSpecific20()
    {
        RawExecution result = session.Raw.ExecuteRawAsync(getPropertiesBuffer, RopSession.DefaultMaximumOutputSize).GetAwaiter().GetResult();
        return RopOutputBuffer.Decode(result.RopOutputBuffer, getProperties).RopsList.Count;
    }

    [Benchmark]
    public long StreamWriteThenRead1MiB()
    {
        Run(new RopSetStreamSizeRequest { InputHandleIndex = 2, StreamSize = 0 }, new RopSeekStreamRequest { InputHandleIndex = 2, Origin = SeekStreamOrigin.Beginning, Offset = 0 });
        for (int written = 0; written < StreamLength; written += ChunkSize)
        {
            Run(new RopWriteStreamRequest { InputHandleIndex = 2, Data = chunk.AsSpan(0, Math.Min(ChunkSize, StreamLength - written)).ToArray() });
        }

        Run(new RopSeekStreamRequest { InputHandleIndex = 2, Origin = SeekStreamOrigin.Beginning, Offset = 0 });
        long read = 0;
        while (read < StreamLength)
        {
            var response = (RopReadStreamResponse)Run(new RopReadStreamRequest { InputHandleIndex = 2, ByteCount = ChunkSize }).Responses[0];
            read += response.Data.Count;
            if (response.Data.Count == 0)
            {
                throw new InvalidOperationException($"stream ended after {read} bytes");
            }
        }

        return read;
    }
}
