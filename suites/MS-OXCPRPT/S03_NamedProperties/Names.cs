namespace Conformance.Suites.OXCPRPT.S03_NamedProperties;

using Conformance.Adapters.Client;
using Conformance.Protocol.Data;
using Conformance.Protocol.Encoding;
using Conformance.Protocol.Rops.Property;

/// <summary>Property sets and helpers of the named-property scenarios ([MS-OXPROPS] 1.3.2 for the sets).</summary>
internal static class Names
{
    /// <summary>PS_INTERNET_HEADERS: string names in it are lowercased before mapping ([MS-OXCPRPT] 3.2.5.10).</summary>
    public static readonly Guid PsInternetHeaders = new("00020386-0000-0000-C000-000000000046");

    /// <summary>A string name in the suites' own property set.</summary>
    public static readonly PropertyName TextInConformanceSet = PropertyName.FromName(PropertyRopTags.ConformanceSet, "conformance-prpt-named");

    /// <summary>A name no client registered: a fresh string in the suites' own set.</summary>
    public static PropertyName Unregistered() => PropertyName.FromName(PropertyRopTags.ConformanceSet, $"conformance-unregistered-{TestValues.NewGuid():N}");

    /// <summary>Every property ID registered in the mailbox: RopGetPropertyIdsFromNames with no names on the Logon object ([MS-OXCPRPT] 3.2.5.10).</summary>
    public static async Task<ValueArray<ushort>> RegisteredIdsAsync(MailboxClient client) =>
        (await client.GetPropertyIdsFromNamesAsync(MailboxClient.LogonIndex, GetPropertyIdsFromNamesFlags.None)).PropertyIds;

    /// <summary>An ID in the named range no name is registered to, searched from 0xFFFE down.</summary>
    public static async Task<ushort> UnregisteredIdAsync(MailboxClient client)
    {
        HashSet<ushort> registered = [.. await RegisteredIdsAsync(client)];
        ushort id = 0xFFFE;
        while (registered.Contains(id))
        {
            id--;
        }

        return id;
    }

    public static string Show(PropertyName name) => name.Kind switch
    {
        PropertyNameKind.Lid => $"{{{name.Guid}}} LID 0x{name.Lid:X8}",
        PropertyNameKind.Name => $"{{{name.Guid}}} '{name.Name}'",
        _ => "Kind 0xFF",
    };
}
