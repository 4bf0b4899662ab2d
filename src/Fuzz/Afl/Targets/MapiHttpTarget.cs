namespace Conformance.Fuzz.Afl.Targets;

using Conformance.Protocol.MapiHttp;

/// <summary>
/// The MAPI over HTTP parsers ([MS-OXCMAPIHTTP] 2.2.4): the first byte chooses a request or response body decoder,
/// or the response reader (headers, PROCESSING/PENDING meta-tags, body) on a memory stream.
/// </summary>
public sealed class MapiHttpTarget : IFuzzTarget
{
    public string Name => "mapihttp";

    public string Description => "MAPI over HTTP body decoders and MapiHttpResponseReader (first byte chooses)";

    public IReadOnlyList<string> InstrumentedAssemblies { get; } = ["Conformance.Protocol.dll"];

    public void Run(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        ReadOnlySpan<byte> body = input[1..];
        switch (input[0] % 8)
        {
            case 0: ConnectRequestBody.Decode(body); break;
            case 1: ExecuteRequestBody.Decode(body); break;
            case 2: DisconnectRequestBody.Decode(body); break;
            case 3: ConnectSuccessResponseBody.Decode(body); break;
            case 4: ExecuteSuccessResponseBody.Decode(body); break;
            case 5: DisconnectSuccessResponseBody.Decode(body); break;
            case 6: MapiHttpFailureResponseBody.Decode(body); break;
            default:
                using (var stream = new MemoryStream(body.ToArray(), writable: false))
                {
                    MapiHttpResponseReader.ReadAsync(stream).GetAwaiter().GetResult();
                }

                break;
        }
    }
}
