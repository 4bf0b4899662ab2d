namespace Conformance.Suites.OXCSTOR.S05_PublicFolderServers;

/// <summary>
/// The shape of an ESSDN, the distinguished name in Teletex form a server list carries ([MS-OXCSTOR] 2.2.1.6.2,
/// 3.2.5.6, 3.2.5.7): ASCII, starting with the organization ("/o="), then "/type=value" components.
/// </summary>
public static class Essdn
{
    public static bool IsWellFormed(string value)
    {
        if (!value.StartsWith("/o=", StringComparison.OrdinalIgnoreCase) || !value.All(c => c is >= ' ' and <= '~'))
        {
            return false;
        }

        // Every component after the leading "/" is a type and a value joined by "=".
        return value[1..].Split('/').All(component => component.IndexOf('=', StringComparison.Ordinal) > 0);
    }

    public static string Describe(IEnumerable<string> servers) => string.Join(", ", servers.Select(s => $"\"{s}\""));
}
