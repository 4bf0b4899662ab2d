namespace Conformance.Protocol.Generators;

using Conformance.Protocol.Rops;
using FsCheck;

/// <summary>A response together with the context it is decoded in (the request it answers, the table's columns).</summary>
public sealed record ResponseSample(RopResponse Response, RopResponseContext Context);

/// <summary>The generators of one ROP: valid requests and valid responses (success and failure shapes).</summary>
public sealed record RopCase(RopId RopId, Gen<RopRequest>? Requests, Gen<ResponseSample>? Responses)
{
    public override string ToString() => RopId.ToString();
}
