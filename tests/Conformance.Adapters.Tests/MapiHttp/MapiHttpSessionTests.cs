namespace Conformance.Adapters.Tests.MapiHttp;

using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Conformance.Adapters.MapiHttp;
using Conformance.Protocol.MapiHttp;
using Conformance.Protocol.Rpc;

/// <summary>
/// The client against a scripted, well-behaved mailbox endpoint: the bytes and headers it sends are checked against
/// [MS-OXCMAPIHTTP] (expected values written out here from the specification's layouts, not from the codec).
/// </summary>
[TestFixture]
public sealed partial class MapiHttpSessionTests
{
    private const string Essdn = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user1";
    private const string Password = "Secret-Pa55!";

    private static readonly TargetUser User = new("user1", Essdn, Password);

    internal static MapiHttpTarget TargetFor(ScriptedHttpServer server, bool compression = false, bool obfuscation = false) =>
        new("fake", new MapiHttpTargetOptions
        {
            Url = server.Url,
            Compression = compression,
            Obfuscation = obfuscation,
            ClientApplication = "Conformance.Tests/1.0",
            RequestTimeout = TimeSpan.FromSeconds(5),
            PendingTimeout = TimeSpan.FromSeconds(5),
        });

    [Test]
    public async Task Connect_Execute_Ping_Disconnect_send_the_specified_headers_and_bodies()
    {
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved());
        await using MapiHttpTarget target = TargetFor(server, compression: true, obfuscation: true);

        byte[] input = [.. Enumerable.Repeat(new byte[] { 0x02, 0x00, 0xFF, 0x0F }, 64).SelectMany(b => b)];
        RawExecution result;
        await using (MapiHttpSession session = await target.ConnectSessionAsync(User))
        {
            Assert.That(session.ConnectResponse.DisplayName, Is.EqualTo("User One"));
            result = await session.ExecuteRawAsync(input, 0x8000);
            await session.PingAsync();
        }

        Assert.That(result.ReturnCode, Is.Zero);
        Assert.That(result.RopOutputBuffer, Is.EqualTo(FakeMailboxEndpoint.RopOutput), "the payload of the compressed, obfuscated extended buffer");

        IReadOnlyList<RecordedRequest> requests = server.Requests;
        Assert.That(requests.Select(r => r.RequestType), Is.EqualTo(new[] { "Connect", "Execute", "PING", "Disconnect" }));
        Match firstClientInfo = ClientInfoPattern().Match(requests[0].Header("X-ClientInfo") ?? string.Empty);
        Match firstRequestId = RequestIdPattern().Match(requests[0].Header("X-RequestId") ?? string.Empty);
        Assert.Multiple(() =>
        {
            for (int i = 0; i < requests.Count; i++)
            {
                RecordedRequest r = requests[i];

                // [MS-OXCMAPIHTTP] 2.2.2.1: POST with Content-Type, Content-Length, X-RequestType, X-RequestId on every request.
                Assert.That(r.Method, Is.EqualTo("POST"));
                Assert.That(r.Target, Is.EqualTo("/mapi/emsmdb/"));
                Assert.That(r.Header("Content-Type"), Is.EqualTo("application/mapi-http"));
                Assert.That(r.Header("Content-Length"), Is.EqualTo(r.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.That(r.HeaderCount("X-RequestType"), Is.EqualTo(1));
                Assert.That(r.Header("X-ClientApplication"), Is.EqualTo("Conformance.Tests/1.0"));
                Assert.That(r.Header("Authorization"), Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"user1:{Password}"))));

                // X-ClientInfo: {GUID}:counter, the same for every request of the session.
                Assert.That(r.Header("X-ClientInfo"), Is.EqualTo(requests[0].Header("X-ClientInfo")));

                // X-RequestId: {GUID}:counter, one GUID for the Session Context and an increasing counter.
                Match id = RequestIdPattern().Match(r.Header("X-RequestId") ?? string.Empty);
                Assert.That(id.Success, Is.True, $"X-RequestId '{r.Header("X-RequestId")}'");
                Assert.That(id.Groups[1].Value, Is.EqualTo(firstRequestId.Groups[1].Value));
                Assert.That(long.Parse(id.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(long.Parse(firstRequestId.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + i));

                // The session cookies set by Connect go back on every later request.
                string cookies = r.Header("Cookie") ?? string.Empty;
                if (i == 0)
                {
                    Assert.That(cookies, Is.Empty, "Connect has no cookie yet");
                }
                else
                {
                    Assert.That(cookies, Does.Contain(FakeMailboxEndpoint.ContextCookie).And.Contain(FakeMailboxEndpoint.SidCookie), r.RequestType);
                }
            }

            Assert.That(firstClientInfo.Success, Is.True, $"X-ClientInfo '{requests[0].Header("X-ClientInfo")}'");
            Assert.That(firstRequestId.Success, Is.True);
        });

        // [MS-OXCMAPIHTTP] 2.2.4.1.1: UserDn (ASCII, NUL), Flags, DefaultCodePage, LcidSort, LcidString, AuxiliaryBufferSize, AuxiliaryBuffer.
        byte[] connect = [.. Encoding.ASCII.GetBytes(Essdn), 0, 0, 0, 0, 0, 0xE4, 0x04, 0, 0, 0x09, 0x04, 0, 0, 0x09, 0x04, 0, 0, 0, 0, 0, 0];
        Assert.That(requests[0].Body, Is.EqualTo(connect));

        // [MS-OXCMAPIHTTP] 2.2.4.2.1: Flags, RopBufferSize, RopBuffer, MaxRopOut, AuxiliaryBufferSize, AuxiliaryBuffer.
        byte[] execute = requests[1].Body;
        uint ropBufferSize = BinaryPrimitives.ReadUInt32LittleEndian(execute.AsSpan(4));
        byte[] ropBuffer = execute.AsSpan(8, (int)ropBufferSize).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(execute), Is.Zero, "pulFlags: neither NoCompression (0x1) nor NoXorMagic (0x2) when both are on");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(execute.AsSpan(8 + (int)ropBufferSize)), Is.EqualTo(0x8000 + 8), "MaxRopOut: pcbOut covers the 8-byte RPC_HEADER_EXT too");
            Assert.That(execute.Length, Is.EqualTo(8 + ropBufferSize + 4 + 4), "AuxiliaryBufferSize 0 and nothing after it");
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(execute.AsSpan(execute.Length - 4)), Is.Zero);

            // [MS-OXCRPC] 2.2.2.1: RPC_HEADER_EXT Version 0, Flags Compressed|XorMagic|Last, Size < SizeActual = input length.
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ropBuffer), Is.Zero);
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ropBuffer.AsSpan(2)), Is.EqualTo(0x0007));
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ropBuffer.AsSpan(4)), Is.EqualTo(ropBufferSize - 8));
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ropBuffer.AsSpan(6)), Is.EqualTo(input.Length));
            Assert.That(ropBufferSize - 8, Is.LessThan(input.Length));
            Assert.That(ExtendedBufferCodec.Decode(ropBuffer)[0].Payload.AsSpan().ToArray(), Is.EqualTo(input));
        });

        // [MS-OXCMAPIHTTP] 2.2.6: PING has no body; 2.2.4.3.1: Disconnect is AuxiliaryBufferSize 0 alone.
        Assert.That(requests[2].Body, Is.Empty);
        Assert.That(requests[3].Body, Is.EqualTo(new byte[] { 0, 0, 0, 0 }));
    }

    [Test]
    public async Task Execute_without_compression_or_obfuscation_asks_the_server_for_neither()
    {
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved());
        await using MapiHttpTarget target = TargetFor(server);
        byte[] input = [0x08, 0x00, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF];
        await using (ISession session = await target.ConnectAsync(User))
        {
            await session.ExecuteRawAsync(input, 0x1000);
        }

        byte[] execute = server.Requests[1].Body;
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(execute), Is.EqualTo(0x3u), "NoCompression | NoXorMagic ([MS-OXCRPC] 3.1.4.2)");
            Assert.That(execute.AsSpan(8, 8).ToArray(), Is.EqualTo(new byte[] { 0, 0, 0x04, 0, 10, 0, 10, 0 }), "RPC_HEADER_EXT: Version 0, Last, Size = SizeActual = 10");
            Assert.That(execute.AsSpan(16, 10).ToArray(), Is.EqualTo(input));
        });
    }

    [Test]
    public async Task Execute_maps_ErrorCode_and_StatusCode_to_the_call_return_code()
    {
        uint next = 0;
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved(async (request, stream, ct) =>
        {
            byte[] body = next++ == 0
                ? new ExecuteSuccessResponseBody(0x000004B6, 0, [], []).ToBytes()
                : new MapiHttpFailureResponseBody(0x80040115, []).ToBytes();
            await FakeMailboxEndpoint.WriteMapiAsync(stream, request, body, ct);
            return true;
        }));
        await using MapiHttpTarget target = TargetFor(server);
        await using ISession session = await target.ConnectAsync(User);

        RawExecution rpcFormat = await session.ExecuteRawAsync(new byte[] { 2, 0 }, 0x8000);
        RawExecution failure = await session.ExecuteRawAsync(new byte[] { 2, 0 }, 0x8000);
        Assert.Multiple(() =>
        {
            Assert.That(rpcFormat.ReturnCode, Is.EqualTo(0x000004B6u), "ErrorCode of the success body (ecRpcFormat)");
            Assert.That(rpcFormat.RopOutputBuffer, Is.Empty);
            Assert.That(failure.ReturnCode, Is.EqualTo(0x80040115u), "StatusCode of the failure body");
        });
    }

    [Test]
    public async Task Chained_response_returns_the_first_buffer_and_counts_the_others()
    {
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved(async (request, stream, ct) =>
        {
            byte[] rop = ExtendedBufferCodec.Encode([FakeMailboxEndpoint.RopOutput, new byte[] { 1, 2, 3 }], FakeMailboxEndpoint.ResponseBufferOptions);
            await FakeMailboxEndpoint.WriteMapiAsync(stream, request, new ExecuteSuccessResponseBody(0, 0, rop, []).ToBytes(), ct);
            return true;
        }));
        await using MapiHttpTarget target = TargetFor(server);
        await using MapiHttpSession session = await target.ConnectSessionAsync(User);
        RawExecution result = await session.ExecuteRawAsync(new byte[] { 2, 0 }, 0x8000);
        Assert.Multiple(() =>
        {
            Assert.That(result.RopOutputBuffer, Is.EqualTo(FakeMailboxEndpoint.RopOutput));
            Assert.That(session.LastAdditionalBufferCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Each_session_gets_its_own_cookies_and_a_new_ClientInfo_counter()
    {
        await using var server = new ScriptedHttpServer(FakeMailboxEndpoint.WellBehaved());
        await using MapiHttpTarget target = TargetFor(server);
        await using (ISession first = await target.ConnectAsync(User))
        {
            await using ISession second = await target.ConnectAsync(User);
        }

        RecordedRequest[] connects = [.. server.Requests.Where(r => r.RequestType == "Connect")];
        Match a = ClientInfoPattern().Match(connects[0].Header("X-ClientInfo")!);
        Match b = ClientInfoPattern().Match(connects[1].Header("X-ClientInfo")!);
        Assert.Multiple(() =>
        {
            Assert.That(connects[1].Header("Cookie"), Is.Null, "a new session starts without the other session's cookies");
            Assert.That(b.Groups[1].Value, Is.EqualTo(a.Groups[1].Value), "one GUID per client instance");
            Assert.That(b.Groups[2].Value, Is.Not.EqualTo(a.Groups[2].Value), "a different counter per Session Context");
        });
    }

    [GeneratedRegex(@"^(\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}):([0-9]+)$")]
    private static partial Regex RequestIdPattern();

    [GeneratedRegex(@"^(\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}):([0-9]+)$")]
    private static partial Regex ClientInfoPattern();
}
