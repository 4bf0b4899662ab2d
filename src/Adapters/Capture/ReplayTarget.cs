namespace Conformance.Adapters.Capture;

/// <summary>
/// A target that plays captures back (<c>Kind: replay</c>, <c>Options:Capture</c>): a run recorded against a real
/// server is re-checked offline, the suites' checks and the adapter analyzer judging the recorded answers. Its
/// sessions are numbered in connection order and matched with the capture's sessions by number (and user name);
/// see <see cref="ReplaySession"/> for the exchanges. <c>Capture</c> is either one capture file, answered the same
/// way for every test, or a folder of one target's captures (<c>&lt;captures&gt;/&lt;target&gt;</c>), where each test
/// reads its own file (<see cref="ForTest"/>). A replay cannot provoke server conditions: no server control.
/// </summary>
public sealed class ReplayTarget : ITarget, ITestScopedTarget
{
    public const string CaptureOption = "Capture";

    private readonly string path;
    private readonly bool folder;
    private readonly Lazy<IReadOnlyDictionary<int, IReadOnlyDictionary<int, CaptureRecord>>> sessions;
    private int connected;

    private ReplayTarget(string name, string path, bool folder)
    {
        Name = name;
        this.path = path;
        this.folder = folder;
        sessions = new(() => Load(path));
    }

    public string Name { get; }

    public IServerControl? ServerControl => null;

    /// <summary>The capture file or folder played back.</summary>
    public string Capture => path;

    /// <summary>A replay of <paramref name="capture"/> (a capture file or a folder of per-test capture files).</summary>
    public static ReplayTarget Open(string name, string capture)
    {
        string full = Path.GetFullPath(capture);
        if (Directory.Exists(full))
        {
            return new ReplayTarget(name, full, folder: true);
        }

        return File.Exists(full)
            ? new ReplayTarget(name, full, folder: false)
            : throw new FileNotFoundException($"target '{name}': capture '{capture}' is neither a file nor a folder", full);
    }

    public ITarget ForTest(string testFullName) =>
        new ReplayTarget(Name, folder ? CaptureFiles.PathFor(path, testFullName) : path, folder: false);

    public Task<ISession> ConnectAsync(TargetUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        cancellationToken.ThrowIfCancellationRequested();
        if (folder)
        {
            throw new InvalidOperationException($"target '{Name}' replays the folder {path}: connect through ForTest(test name), which picks the test's capture file");
        }

        if (!File.Exists(path))
        {
            // The test was not captured (or under another name): nothing to judge, which is not a failure of the target.
            throw new TargetCapabilityException($"target '{Name}' has no capture at {path}");
        }

        int number = Interlocked.Increment(ref connected);
        IReadOnlyDictionary<int, CaptureRecord> exchanges = sessions.Value.TryGetValue(number, out IReadOnlyDictionary<int, CaptureRecord>? found) ? found : new Dictionary<int, CaptureRecord>();
        if (exchanges.Values.FirstOrDefault() is { } first && !string.Equals(first.User, user.Name, StringComparison.Ordinal))
        {
            throw new ReplayMismatchException($"replay of {path}: session {number} is opened as '{user.Name}', recorded as '{first.User}'", number, 0);
        }

        return Task.FromResult<ISession>(new ReplaySession(user, number, exchanges, path));
    }

    // The code page only reaches the server through the connection, whose answers the capture already holds.
    public Task<ISession> ConnectWithCodePageAsync(TargetUser user, int codePage, CancellationToken cancellationToken = default) =>
        ConnectAsync(user, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static IReadOnlyDictionary<int, IReadOnlyDictionary<int, CaptureRecord>> Load(string file)
    {
        var result = new Dictionary<int, IReadOnlyDictionary<int, CaptureRecord>>();
        foreach (IGrouping<int, CaptureRecord> session in CaptureReader.Load(file).GroupBy(r => r.Session))
        {
            var bySequence = new Dictionary<int, CaptureRecord>();
            foreach (CaptureRecord record in session)
            {
                if (!bySequence.TryAdd(record.Sequence, record))
                {
                    throw new CaptureFormatException($"{file}: session {record.Session} records sequence {record.Sequence} twice");
                }
            }

            result[session.Key] = bySequence;
        }

        return result;
    }
}
