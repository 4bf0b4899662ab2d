namespace Conformance.Suites.OXCPRPT.S03_NamedProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// FsCheck properties of the named-property mapping ([MS-OXCPRPT] 3.2.5.9, 3.2.5.10), checked through the target. The
/// names come from a small fixed pool (two property sets, 64 strings, 16 LIDs), so repeated runs reuse the same
/// registrations instead of filling the mailbox's mapping.
/// </summary>
[TestFixture]
public sealed class NamedPropertyMappingProperties : ConformanceTest
{
    /// <summary>Cases per property: enough to mix repeats and new names, quick against any target.</summary>
    private const int Cases = 100;

    private static readonly char[] Letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

    private static readonly Gen<PropertyName> Name =
        from set in Gen.Elements(PropertyName.PsPublicStrings, PropertyRopTags.ConformanceSet)
        from byLid in Gen.Elements(true, false)
        from lid in Gen.Choose(0, 15)
        from first in Gen.Elements(Letters)
        from second in Gen.Elements(Letters)
        select byLid ? PropertyName.FromLid(set, 0x0000C100u + (uint)lid) : PropertyName.FromName(set, $"conformance-fscheck-{first}{second}");

    /// <summary>One to five names, repeats allowed.</summary>
    private static readonly Gen<PropertyName[]> NameLists =
        from count in Gen.Choose(1, 5)
        from names in Gen.ArrayOf(Name, count)
        select names;

    [Test]
    [Requirement("MS-OXCPRPT-R0190")]
    public async Task The_same_name_always_maps_to_the_same_id()
    {
        MailboxClient client = await LogonAsync();
        string? counterexample = Run(NameLists, names =>
        {
            ushort[] registered = Ids(client, GetPropertyIdsFromNamesFlags.Create, names);
            ushort[] lookedUp = Ids(client, GetPropertyIdsFromNamesFlags.None, names);
            ushort[] reversed = [.. Ids(client, GetPropertyIdsFromNamesFlags.Create, [.. names.Reverse()]).Reverse()];
            bool repeatsAgree = Enumerable.Range(0, names.Length).All(i => Enumerable.Range(0, names.Length).All(j => names[i] != names[j] || registered[i] == registered[j]));
            return registered.SequenceEqual(lookedUp) && registered.SequenceEqual(reversed) && repeatsAgree && registered.All(id => id != 0)
                ? null
                : $"{Describe(names)} -> {Show(registered)}, looked up {Show(lookedUp)}, reversed {Show(reversed)}";
        });

        Check("MS-OXCPRPT-R0190", counterexample is null, $"one ID per name in {Cases} generated name lists, registered, looked up or reordered", counterexample ?? "held");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0187")]
    public async Task Names_from_ids_round_trip()
    {
        MailboxClient client = await LogonAsync();
        string? counterexample = Run(NameLists, names =>
        {
            ushort[] ids = Ids(client, GetPropertyIdsFromNamesFlags.Create, names);
            ValueArray<PropertyName> back = client.GetNamesFromPropertyIdsAsync(MailboxClient.LogonIndex, ids).GetAwaiter().GetResult();
            return back.SequenceEqual(names) ? null : $"{Describe(names)} -> {Show(ids)} -> {Describe([.. back])}";
        });

        Check("MS-OXCPRPT-R0187", counterexample is null, $"RopGetNamesFromPropertyIds returns the registered names for {Cases} generated name lists", counterexample ?? "held");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0194")]
    [Requirement("MS-OXCPRPT-R0195")]
    public async Task Registered_ids_lie_in_the_named_range()
    {
        MailboxClient client = await LogonAsync();
        var ids = new List<ushort>();
        string? counterexample = Run(NameLists, names =>
        {
            ushort[] registered = Ids(client, GetPropertyIdsFromNamesFlags.Create, names);
            ids.AddRange(registered);
            return registered.All(id => id is > 0x8000 and < 0xFFFF) ? null : $"{Describe(names)} -> {Show(registered)}";
        });

        // [MS-OXCPRPT] 3.2.5.10: above 0x8000 and never 0xFFFF.
        Check("MS-OXCPRPT-R0195", !ids.Any(id => id <= 0x8000), "every ID above 0x8000", counterexample ?? $"held for {ids.Count} IDs");
        Check("MS-OXCPRPT-R0194", !ids.Contains(0xFFFF), "no ID 0xFFFF", counterexample ?? $"held for {ids.Count} IDs");
    }

    [Test]
    [Requirement("MS-OXCPRPT-R0192")]
    [Requirement("MS-OXCPRPT-R0193")]
    public async Task Distinct_names_map_to_distinct_ids()
    {
        MailboxClient client = await LogonAsync();
        Gen<PropertyName[]> distinct = NameLists.Select(names => names.Distinct().ToArray());
        string? counterexample = Run(distinct, names =>
        {
            ushort[] ids = Ids(client, GetPropertyIdsFromNamesFlags.Create, names);
            return ids.Distinct().Count() == ids.Length ? null : $"{Describe(names)} -> {Show(ids)}";
        });

        Check("MS-OXCPRPT-R0192", counterexample is null, $"distinct IDs for the distinct names of {Cases} generated lists", counterexample ?? "held");
        Check("MS-OXCPRPT-R0193", counterexample is null, "no ID shared by two names", counterexample ?? "held");
    }

    /// <summary>
    /// Runs <paramref name="property"/> (null when it holds, else what went wrong) on <see cref="Cases"/> generated values;
    /// returns the shrunk counterexample's description, or null when every case held.
    /// </summary>
    private static string? Run(Gen<PropertyName[]> generator, Func<PropertyName[], string?> property)
    {
        string? failure = null;
        Config config = TestValues.Seeded(Config.Quick.WithMaxTest(Cases).WithQuietOnSuccess(true));
        FsCheck.Check.One(config, Prop.ForAll(generator.ToArbitrary(), (PropertyName[] names) =>
        {
            string? problem = property(names);
            if (problem is not null)
            {
                // The last failing case FsCheck tries is the shrunk one.
                failure = problem;
            }

            return problem is null;
        }));
        return failure;
    }

    /// <summary>The IDs of <paramref name="names"/> on the Logon object; the property callbacks of FsCheck are synchronous.</summary>
    private static ushort[] Ids(MailboxClient client, GetPropertyIdsFromNamesFlags flags, PropertyName[] names) =>
        [.. client.GetPropertyIdsFromNamesAsync(MailboxClient.LogonIndex, flags, names).GetAwaiter().GetResult().PropertyIds];

    private static string Describe(PropertyName[] names) => "[" + string.Join(", ", names.Select(Names.Show)) + "]";

    private static string Show(ushort[] ids) => string.Join(" ", ids.Select(id => $"0x{id:X4}"));
}
