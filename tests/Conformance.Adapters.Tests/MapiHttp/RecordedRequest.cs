namespace Conformance.Adapters.Tests.MapiHttp;

/// <summary>One HTTP request as a scripted server received it, byte for byte.</summary>
public sealed record RecordedRequest(string Method, string Target, string Version, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public int HeaderCount(string name) => Headers.Count(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));

    public string RequestType => Header("X-RequestType") ?? string.Empty;
}
