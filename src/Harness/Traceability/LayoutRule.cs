namespace Conformance.Harness.Traceability;

using System.Reflection;
using Conformance.Harness.Catalog;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops;
using Conformance.Protocol.Rops.Store;

/// <summary>
/// A Layout entry of a response buffer bound to what the analyzer can see: the ROP and response variant
/// its section describes, the field it defines, and for a count or size field that the codec folds into
/// an array, the field it counts (the entry after it in the section).
/// </summary>
public sealed record LayoutRule(CatalogEntry Entry, RopId Rop, ResponseVariant Variant, string Field, string? CountedField)
{
    /// <summary>Whether a decoded <paramref name="response"/> carries this field, so that its decoding verified the layout.</summary>
    public bool AppliesTo(RopResponse response)
    {
        if (response.RopId != Rop || !VariantMatches(response))
        {
            return false;
        }

        Type type = response.GetType();
        return Has(type, Field) || (CountedField is not null && Has(type, CountedField));
    }

    /// <summary>Whether a decoding failure <paramref name="failure"/> stopped on this field of this ROP.</summary>
    public bool FailedBy(ProtocolException failure, IEnumerable<RopId> requested) =>
        string.Equals(failure.Field, Field, StringComparison.Ordinal)
        && (string.Equals(failure.Structure, Rop.ToString(), StringComparison.Ordinal)
            || (!Enum.TryParse<RopId>(failure.Structure, out _) && requested.Contains(Rop)));

    private bool VariantMatches(RopResponse response) => Variant switch
    {
        ResponseVariant.Failure => response is RopFailureResponse,
        ResponseVariant.Redirect => response is RopLogonRedirectResponse,
        ResponseVariant.PrivateMailbox => response is RopLogonPrivateMailboxResponse,
        ResponseVariant.PublicFolders => response is RopLogonPublicFoldersResponse,
        _ => response is not RopFailureResponse,
    };

    private static bool Has(Type type, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is not null;
}
