namespace AttBot.Manifests.Tests;

/// <summary>Where the files under test live: the repo is found from the test binaries; everything is inside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string TeamsManifestFolder => Path.Combine(RepoRoot, "manifests", "teams");

    public static string TeamsManifest => Path.Combine(TeamsManifestFolder, "manifest.json");

    public static string PackageScript => Path.Combine(TeamsManifestFolder, "build-package.sh");

    /// <summary>The official schemas, kept in the repo (Schemas/README.md): a clean clone validates offline, wherever it is.</summary>
    public static string TeamsSchemaFolder => Path.Combine(RepoRoot, "tests", "AttBot.Manifests.Tests", "Schemas");

    public static string TeamsSchemaFor(string manifestVersion) =>
        Path.Combine(TeamsSchemaFolder, $"MicrosoftTeams.v{manifestVersion}.schema.json");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AttBot.sln above {AppContext.BaseDirectory}.");
    }
}
