namespace Conformance.Protocol.MapiHttp;

/// <summary>A response stream in the common response format ([MS-OXCMAPIHTTP] 2.2.2.2), split into its parts.</summary>
/// <param name="MetaTags">The meta-tags in the order received: PROCESSING, any PENDING, DONE.</param>
/// <param name="AdditionalHeaders">The headers between DONE and the empty line, in order, values with surrounding blanks removed.</param>
/// <param name="Body">The binary response body after the empty line.</param>
public sealed record MapiHttpResponse(IReadOnlyList<MapiHttpMetaTag> MetaTags, IReadOnlyList<KeyValuePair<string, string>> AdditionalHeaders, byte[] Body)
{
    /// <summary>The first additional header of that name (names compare case-insensitively, as in HTTP), or null.</summary>
    public string? GetHeader(string name)
    {
        foreach (KeyValuePair<string, string> header in AdditionalHeaders)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    public int PendingCount => MetaTags.Count(t => t == MapiHttpMetaTag.Pending);
}
