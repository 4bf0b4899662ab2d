namespace Conformance.Harness.Profiles;

using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Harness.Catalog;
using Conformance.Harness.Traceability;

/// <summary>
/// What an implementation is expected to do where the specifications leave room: SHOULD, SHOULD NOT and
/// MAY entries and entries with product-behavior notes. One JSON file per profile under profiles/
/// (profiles/reference.json, profiles/exchange2019.json). An entry not listed gets the default of its level:
/// a SHOULD or SHOULD NOT is expected to be followed, a MAY is not judged, a MUST must hold.
/// </summary>
public sealed class ImplementationProfile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private Dictionary<string, ProfileEntry>? byId;

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<ProfileEntry> Entries { get; init; } = [];

    /// <summary>A profile that lists nothing: every entry gets its level's default.</summary>
    public static ImplementationProfile Default { get; } = new() { Name = "default", Description = "no expectations beyond the levels" };

    public static ImplementationProfile Load(string path)
    {
        ImplementationProfile profile = JsonSerializer.Deserialize<ImplementationProfile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: not a profile");
        string[] repeated = [.. profile.Entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key)];
        return repeated.Length == 0 ? profile : throw new InvalidDataException($"{path}: entries listed twice: {string.Join(", ", repeated)}");
    }

    /// <summary>The listed expectation for <paramref name="id"/>, or null for the level's default.</summary>
    public ProfileEntry? Find(string id)
    {
        byId ??= Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>The expectation for <paramref name="entry"/>: the listed one, else follows for MUST and SHOULD levels, none (null) for MAY.</summary>
    public ProfileExpectation? ExpectationFor(CatalogEntry entry) =>
        Find(entry.Id)?.Expectation ?? (entry.Level == RequirementLevel.May ? null : ProfileExpectation.Follows);

    /// <summary>Problems with the profile against the catalogs: unknown or retired IDs, missing reasons.</summary>
    public IEnumerable<string> Validate(RequirementIndex index)
    {
        foreach (ProfileEntry entry in Entries)
        {
            if (!index.Contains(entry.Id))
            {
                yield return $"{Name}: {index.WhyUnknown(entry.Id)}";
            }

            if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                yield return $"{Name}: {entry.Id} has no reason";
            }
        }
    }
}
