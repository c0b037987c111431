using System.Diagnostics;
using System.IO.Compression;

namespace AttBot.Manifests.Tests;

/// <summary>Runs manifests/teams/build-package.sh as a user would (bash + python3, no network).</summary>
public sealed class PackageScriptTests : IDisposable
{
    private const string AppId = "6f1c2e3d-4b5a-4978-8a6b-5c4d3e2f1a0b";
    private readonly string _temp = Directory.CreateTempSubdirectory("attbot-teams-package-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Package_holds_exactly_manifest_icons_and_language_files_at_the_zip_root()
    {
        var zip = Path.Combine(_temp, "attbot-teams.zip");

        var run = await RunScriptAsync([AppId, zip]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "es.json", "fr.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.TeamsManifestFolder, icon)), ReadEntry(archive, icon));
        }
    }

    [Fact]
    public async Task Packaged_manifest_carries_the_app_id_as_bot_id_and_app_id_and_still_validates()
    {
        var zip = Path.Combine(_temp, "attbot-teams.zip");

        var run = await RunScriptAsync([AppId, zip]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = ReadManifest(zip);
        var manifest = Manifest.Parse(json);
        Assert.Equal(AppId, (string)Manifest.Bot(manifest)["botId"]!);
        Assert.Equal(AppId, (string)manifest["composeExtensions"]![0]!["botId"]!); // the search is served by the same bot
        Assert.Equal(AppId, (string)manifest["id"]!);
        Assert.Empty(await TeamsSchema.ValidateAsync(json, TestPaths.TeamsSchemaFor(Manifest.VersionOf(manifest))));
    }

    [Fact]
    public async Task App_id_is_taken_from_MicrosoftAppId_in_the_environment_and_written_in_lower_case()
    {
        var zip = Path.Combine(_temp, "from-env.zip");

        var run = await RunScriptAsync(["", zip], new() { ["MicrosoftAppId"] = AppId.ToUpperInvariant() });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(AppId, (string)Manifest.Bot(Manifest.Parse(ReadManifest(zip)))["botId"]!);
    }

    [Fact]
    public async Task A_given_teams_app_id_becomes_the_manifest_id_and_the_bot_id_stays_the_app_id()
    {
        var zip = Path.Combine(_temp, "with-teams-id.zip");
        const string teamsAppId = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

        var run = await RunScriptAsync(["--teams-app-id", teamsAppId, AppId, zip]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var manifest = Manifest.Parse(ReadManifest(zip));
        Assert.Equal(teamsAppId, (string)manifest["id"]!);
        Assert.Equal(AppId, (string)Manifest.Bot(manifest)["botId"]!);
    }

    [Fact]
    public async Task Help_names_the_default_output_artifacts_attbot_teams_zip()
    {
        var help = await RunScriptAsync(["--help"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("artifacts/attbot-teams.zip", help.StdOut);
    }

    [Fact]
    public async Task A_relative_output_path_is_taken_from_the_current_directory()
    {
        var run = await RunScriptAsync([AppId, "out/relative.zip"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(_temp, "out", "relative.zip")));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("{6f1c2e3d-4b5a-4978-8a6b-5c4d3e2f1a0b}")]
    [InlineData("6f1c2e3d4b5a49788a6b5c4d3e2f1a0b")]
    [InlineData("6f1c2e3d-4b5a-4978-8a6b-5c4d3e2f1a0b; rm -rf /")]
    [InlineData(Manifest.PlaceholderGuid)]
    public async Task An_app_id_that_is_not_a_real_guid_fails_with_a_message_and_no_zip(string appId)
    {
        var zip = Path.Combine(_temp, "bad.zip");

        var run = await RunScriptAsync([appId, zip]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("GUID", run.StdErr);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Missing_app_id_fails_and_says_how_to_pass_it()
    {
        var run = await RunScriptAsync([]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("MicrosoftAppId", run.StdErr);
    }

    private static byte[] ReadEntry(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ReadManifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        return reader.ReadToEnd();
    }

    private async Task<ScriptRun> RunScriptAsync(string[] args, Dictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = _temp,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(TestPaths.PackageScript);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // the developer's own settings must not leak into the test
        start.Environment.Remove("MicrosoftAppId");
        start.Environment.Remove("TeamsAppId");
        foreach (var (key, value) in env ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("build-package.sh did not finish within 60 s.");
        }

        return new ScriptRun(process.ExitCode, await stdout, await stderr);
    }

    private sealed record ScriptRun(int ExitCode, string StdOut, string StdErr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{StdOut}\nstderr:\n{StdErr}";
    }
}
