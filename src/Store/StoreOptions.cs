namespace Conformance.Store;

/// <summary>
/// The choices the specifications leave to the server, and the limits the store applies. Each is
/// documented with the section that leaves the choice; the ones tests observe can be set per target
/// in conformance.json (<c>Targets:inproc:Options</c>). Each family of ROP handlers adds its own in a
/// partial file.
/// </summary>
public sealed partial class StoreOptions
{
    /// <summary>The distinguished name of this server, used in logon redirects and owning-server lists.</summary>
    public string ServerDistinguishedName { get; set; } = "/o=Conformance/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=inproc";

    /// <summary>Deliberate specification violations, for showing that the suites catch them (none by default).</summary>
    public StoreFaults Faults { get; set; } = StoreFaults.None;

    /// <summary>Applies string options by name (case-insensitive property names; values parsed by type).</summary>
    public static StoreOptions FromDictionary(IReadOnlyDictionary<string, string> options)
    {
        var result = new StoreOptions();
        foreach ((string name, string text) in options)
        {
            System.Reflection.PropertyInfo property = typeof(StoreOptions).GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)
                ?? throw new ArgumentException($"unknown store option '{name}'", nameof(options));
            Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object value = type.IsEnum
                ? Enum.Parse(type, text, ignoreCase: true)
                : type == typeof(TimeSpan)
                    ? TimeSpan.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
                    : Convert.ChangeType(text, type, System.Globalization.CultureInfo.InvariantCulture);
            property.SetValue(result, value);
        }

        return result;
    }
}
