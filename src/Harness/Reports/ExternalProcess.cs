namespace Conformance.Harness.Reports;

using System.Diagnostics;

/// <summary>
/// Runs the external report tools (npx, dotnet tool run) with a time limit and their output captured,
/// so the command line and the tests call them the same way.
/// </summary>
public static class ExternalProcess
{
    /// <summary>The full path of an executable on PATH, or null: the tools are optional.</summary>
    public static string? FindOnPath(string name)
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs a program to its end or the time limit (then kills its process tree); returns the exit code (-1 on timeout) and the output.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Colours and progress bars would only clutter the captured text.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"{program} did not finish within {timeout.TotalSeconds:0} s{Environment.NewLine}{output.Result}{errors.Result}");
        }

        return (process.ExitCode, output.Result + errors.Result);
    }
}
