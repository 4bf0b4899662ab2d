namespace Conformance.Adapters;

using Microsoft.Extensions.Configuration;

/// <summary>Loads <see cref="ConformanceSettings"/>: conformance.json, then environment variables, then explicit overrides (TestRunParameters).</summary>
public static class ConformanceConfiguration
{
    public const string FileName = "conformance.json";

    public const string EnvironmentPrefix = "CONFORMANCE_";

    /// <param name="startDirectory">Where to start looking for conformance.json; the search walks up to the file system root.</param>
    /// <param name="overrides">Highest-precedence values, in configuration key form (<c>Target</c>, <c>Targets:inproc:Profile</c>).</param>
    public static ConformanceSettings Load(string? startDirectory = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        string? file = Find(startDirectory ?? Directory.GetCurrentDirectory());
        if (file is not null)
        {
            builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        }

        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        ConformanceSettings settings = builder.Build().Get<ConformanceSettings>() ?? new ConformanceSettings();
        if (!settings.Targets.ContainsKey("inproc"))
        {
            // The embedded store is always available, even with no configuration file.
            settings.Targets["inproc"] = new TargetSettings();
        }

        return settings;
    }

    /// <summary>The nearest conformance.json at or above <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (DirectoryInfo? at = new(directory); at is not null; at = at.Parent)
        {
            string candidate = Path.Combine(at.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
