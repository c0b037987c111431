using System.Text.Json.Nodes;

namespace AttBot.Manifests.Tests;

/// <summary>The committed Teams manifest, parsed, with short paths to what the tests look at.</summary>
internal static class Manifest
{
    public const string PlaceholderGuid = "00000000-0000-0000-0000-000000000000";

    public static string Text => File.ReadAllText(TestPaths.TeamsManifest);

    public static JsonNode Parse(string json) =>
        JsonNode.Parse(json) ?? throw new InvalidDataException("manifest.json is null.");

    public static JsonNode Committed => Parse(Text);

    public static string VersionOf(JsonNode manifest) => (string)manifest["manifestVersion"]!;

    public static JsonObject Bot(JsonNode manifest) => manifest["bots"]!.AsArray().Single()!.AsObject();

    public static JsonNode SchemaJson(string manifestVersion) =>
        JsonNode.Parse(File.ReadAllText(TestPaths.TeamsSchemaFor(manifestVersion)))!;
}
