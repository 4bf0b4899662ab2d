namespace Conformance.Fuzz.Traffic.ReturnValues;

using Conformance.Protocol.Data;
using Conformance.Protocol.Rops;

/// <summary>
/// The ReturnValues a ROP response may carry. The specifications do not close the list for any ROP: each response
/// section points at the common codes of [MS-OXCDATA] 2.4, and the error tables of the 3.2.5 sections say which code a
/// scenario SHOULD get, not that no other may come. So a ROP is allowed: success; every code its own sections name
/// (<see cref="ReturnValueTables.RopTables"/>); and every [MS-OXCDATA] 2.4 code except those whose description ties
/// them to a feature this ROP does not exercise (<see cref="ReturnValueTables.FeatureCodes"/>: a logon code on
/// RopGetPropertiesList, StreamSeekError on RopQueryRows). A code outside [MS-OXCDATA] 2.4 is allowed only where a
/// ROP's section names it. The call-level codes are those of [MS-OXCRPC] 3.1.4.2 and [MS-OXCMAPIHTTP] 2.2.4.2.2:
/// success or an [MS-OXCDATA] 2.4 code.
/// </summary>
public static class AllowedReturnValues
{
    // Per code: the ROPs that may return it (the feature's ROPs and every ROP whose sections name it).
    private static readonly Dictionary<uint, (FeatureCode Feature, HashSet<RopId> Rops)> Bound = BuildBound();

    private static readonly Dictionary<RopId, Dictionary<uint, RopErrorCode>> Named =
        ReturnValueTables.RopTables.ToDictionary(t => t.Key, t => t.Value.GroupBy(c => c.Code).ToDictionary(g => g.Key, g => g.First()));

    /// <summary>Null when <paramref name="returnValue"/> is allowed for <paramref name="ropId"/>; otherwise the reason, with its sections.</summary>
    public static string? WhyNot(RopId ropId, uint returnValue)
    {
        if (returnValue == 0 || (Named.TryGetValue(ropId, out Dictionary<uint, RopErrorCode>? own) && own.ContainsKey(returnValue)))
        {
            return null;
        }

        if (!ErrorCodes.TryGetName(returnValue, out _))
        {
            return "no table of [MS-OXCDATA] 2.4 defines it, and no section of this ROP names it";
        }

        if (Bound.TryGetValue(returnValue, out (FeatureCode Feature, HashSet<RopId> Rops) bound) && !bound.Rops.Contains(ropId))
        {
            return $"{bound.Feature.Name} belongs to {bound.Feature.Feature} ({bound.Feature.Basis}); the ROPs that can return it are {string.Join(", ", bound.Rops.Order())}";
        }

        return null;
    }

    public static bool IsAllowedCallCode(uint returnCode) => returnCode == 0 || ErrorCodes.TryGetName(returnCode, out _);

    private static Dictionary<uint, (FeatureCode, HashSet<RopId>)> BuildBound()
    {
        var bound = new Dictionary<uint, (FeatureCode, HashSet<RopId>)>();
        foreach (FeatureCode feature in ReturnValueTables.FeatureCodes)
        {
            HashSet<RopId> rops = [.. feature.Rops.Select(Enum.Parse<RopId>)];
            rops.UnionWith(ReturnValueTables.RopTables.Where(t => t.Value.Any(c => c.Code == feature.Code)).Select(t => t.Key));
            bound[feature.Code] = (feature, rops);
        }

        return bound;
    }
}
