namespace Conformance.Store.Tests.Adapters;

using Conformance.Adapters;

/// <summary>Target selection: conformance.json, overridden by environment variables, overridden by TestRunParameters.</summary>
[NonParallelizable]
public sealed class ConformanceConfigurationTests
{
    private string directory = string.Empty;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Directory.CreateTempSubdirectory("conformance-config-").FullName;
        File.WriteAllText(Path.Combine(directory, ConformanceConfiguration.FileName), """
            {
              "Target": "lab",
              "Targets": {
                "lab": { "Kind": "mapihttp", "Url": "https://lab.example/mapi/emsmdb", "Profile": "exchange2019" },
                "inproc": { "Kind": "inproc", "Options": { "ServerDistinguishedName": "/o=Test/cn=inproc" } }
              },
              "Users": [ { "Name": "alice", "Essdn": "/o=Test/cn=alice" } ]
            }
            """);
    }

    [TearDown]
    public void DeleteDirectory()
    {
        Environment.SetEnvironmentVariable("CONFORMANCE_Target", null);
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public void FileSelectsTheTarget()
    {
        ConformanceSettings settings = ConformanceConfiguration.Load(directory);
        Assert.Multiple(() =>
        {
            Assert.That(settings.Target, Is.EqualTo("lab"));
            Assert.That(settings.SelectedTarget.Kind, Is.EqualTo("mapihttp"));
            Assert.That(settings.SelectedTarget.Profile, Is.EqualTo("exchange2019"));
            Assert.That(settings.Users.Single().ToTargetUser().Essdn, Is.EqualTo("/o=Test/cn=alice"));
        });
    }

    [Test]
    public void FileIsFoundFromASubdirectory()
    {
        string nested = Directory.CreateDirectory(Path.Combine(directory, "a", "b")).FullName;
        Assert.That(ConformanceConfiguration.Find(nested), Is.EqualTo(Path.Combine(directory, ConformanceConfiguration.FileName)));
    }

    [Test]
    public void EnvironmentOverridesTheFile()
    {
        Environment.SetEnvironmentVariable("CONFORMANCE_Target", "inproc");
        Assert.That(ConformanceConfiguration.Load(directory).SelectedTarget.Kind, Is.EqualTo("inproc"));
    }

    [Test]
    public void RunParametersOverrideTheEnvironment()
    {
        Environment.SetEnvironmentVariable("CONFORMANCE_Target", "inproc");
        var overrides = new Dictionary<string, string?> { ["Target"] = "lab" };
        Assert.That(ConformanceConfiguration.Load(directory, overrides).Target, Is.EqualTo("lab"));
    }

    [Test]
    public void EmbeddedStoreIsTheDefaultWithoutAFile()
    {
        string empty = Directory.CreateTempSubdirectory("conformance-empty-").FullName;
        try
        {
            // Only when no conformance.json sits above the temporary directory; otherwise this test says nothing.
            Assume.That(ConformanceConfiguration.Find(empty), Is.Null, "a conformance.json above the temp directory");
            ConformanceSettings settings = ConformanceConfiguration.Load(empty);
            Assert.That((settings.Target, settings.SelectedTarget.Kind), Is.EqualTo(("inproc", "inproc")));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Test]
    public void UnknownTargetIsAConfigurationError()
    {
        var overrides = new Dictionary<string, string?> { ["Target"] = "nowhere" };
        Assert.That(() => ConformanceConfiguration.Load(directory, overrides).SelectedTarget, Throws.InvalidOperationException.With.Message.Contains("nowhere"));
    }

    [Test]
    public void StoreOptionsComeFromTheTargetOptions()
    {
        ConformanceSettings settings = ConformanceConfiguration.Load(directory);
        StoreOptions options = StoreOptions.FromDictionary(settings.Targets["inproc"].Options);
        Assert.That(options.ServerDistinguishedName, Is.EqualTo("/o=Test/cn=inproc"));
    }

    [Test]
    public async Task ConfiguredEmbeddedTargetServesTheConfiguredUsersWithTheTargetOptions()
    {
        ConformanceSettings settings = ConformanceConfiguration.Load(directory);
        await using Conformance.Store.InProcess.InProcessTarget target = Conformance.Store.InProcess.InProcessTarget.Create(settings);
        Assert.Multiple(() =>
        {
            Assert.That(target.Server.Options.ServerDistinguishedName, Is.EqualTo("/o=Test/cn=inproc"));
            Assert.That(target.Server.FindMailboxByUser("alice")?.Owner.Essdn, Is.EqualTo("/o=Test/cn=alice"));
        });
    }

    [Test]
    public void UnknownStoreOptionIsRejected() =>
        Assert.That(() => StoreOptions.FromDictionary(new Dictionary<string, string> { ["NoSuchOption"] = "1" }), Throws.ArgumentException);

    [Test]
    public void PasswordStaysOutOfTheUserText() =>
        Assert.That(new TargetUser("alice", "/o=Test/cn=alice", Password: "s3cret").ToString(), Does.Not.Contain("s3cret"));

    [Test]
    public void TestRunParametersReachTheConfiguration()
    {
        // conformance.runsettings sets Target; runs without those settings have nothing to check here.
        Assume.That(TestContext.Parameters.Exists("Target"), Is.True, "run without conformance.runsettings");
        var overrides = TestContext.Parameters.Names.ToDictionary(name => name, name => TestContext.Parameters[name]);
        Assert.That(ConformanceConfiguration.Load(directory, overrides).Target, Is.EqualTo(TestContext.Parameters["Target"]));
    }
}
