using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AttBot.Manifests.Tests;

/// <summary>
/// The French and Spanish manifest strings (localizationInfo): every string a Teams user reads about the app exists in
/// both, each key names a real place of the manifest, and the manifest with them put in still meets the official schema
/// (lengths included).
/// </summary>
public sealed partial class LocalizationTests
{
    public static TheoryData<string> Languages => new() { "fr", "es" };

    private static JsonObject LanguageFile(string tag)
    {
        var info = Manifest.Committed["localizationInfo"]!;
        var file = info["additionalLanguages"]!.AsArray().Single(l => (string)l!["languageTag"]! == tag)!["file"]!.GetValue<string>();
        return JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.TeamsManifestFolder, file)))!.AsObject();
    }

    /// <summary>Every string of the manifest that a user reads: names, descriptions, the bot's commands and the compose-box search.</summary>
    private static IEnumerable<string> TranslatablePaths(JsonNode manifest)
    {
        yield return "name.short";
        yield return "name.full";
        yield return "description.short";
        yield return "description.full";
        var lists = Manifest.Bot(manifest)["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            for (var c = 0; c < lists[l]!["commands"]!.AsArray().Count; c++)
            {
                yield return $"bots[0].commandLists[{l}].commands[{c}].title";
                yield return $"bots[0].commandLists[{l}].commands[{c}].description";
            }
        }
        var extensions = manifest["composeExtensions"]?.AsArray() ?? [];
        for (var e = 0; e < extensions.Count; e++)
        {
            var commands = extensions[e]!["commands"]!.AsArray();
            for (var c = 0; c < commands.Count; c++)
            {
                yield return $"composeExtensions[{e}].commands[{c}].title";
                yield return $"composeExtensions[{e}].commands[{c}].description";
                for (var p = 0; p < (commands[c]!["parameters"]?.AsArray().Count ?? 0); p++)
                {
                    yield return $"composeExtensions[{e}].commands[{c}].parameters[{p}].title";
                    yield return $"composeExtensions[{e}].commands[{c}].parameters[{p}].description";
                }
            }
        }
    }

    [Fact]
    public void The_manifest_names_English_as_its_own_language_and_French_and_Spanish_beside_it()
    {
        var info = Manifest.Committed["localizationInfo"]!;
        Assert.Equal("en", (string)info["defaultLanguageTag"]!);
        Assert.Equal(["fr", "es"], info["additionalLanguages"]!.AsArray().Select(l => (string)l!["languageTag"]!));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_string_a_user_reads_is_translated_and_every_key_names_a_string_of_the_manifest(string tag)
    {
        var manifest = Manifest.Committed;
        var file = LanguageFile(tag);
        var keys = file.Select(kv => kv.Key).Where(k => k != "$schema").ToList();

        Assert.Equal(TranslatablePaths(manifest).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
        foreach (var key in keys.Where(k => k != "name.short"))
            Assert.NotEqual(Resolve(manifest, key)!.GetValue<string>(), file[key]!.GetValue<string>()); // nothing left in English
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_manifest_with_the_translations_put_in_still_meets_the_official_schema(string tag)
    {
        var manifest = Manifest.Committed;
        foreach (var (key, value) in LanguageFile(tag).Where(kv => kv.Key != "$schema"))
        {
            var (parent, name) = Parent(manifest, key);
            parent[name] = value!.GetValue<string>();
        }

        var errors = await TeamsSchema.ValidateAsync(manifest.ToJsonString(), TestPaths.TeamsSchemaFor(Manifest.VersionOf(manifest)));

        Assert.Empty(errors);
    }

    private static JsonNode? Resolve(JsonNode manifest, string path)
    {
        var (parent, name) = Parent(manifest, path);
        return parent[name];
    }

    /// <summary>"bots[0].commandLists[1].commands[2].title" → the command object and "title".</summary>
    private static (JsonObject Parent, string Name) Parent(JsonNode manifest, string path)
    {
        JsonNode node = manifest;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var m = Indexed().Match(part);
            node = m.Success ? node[m.Groups["name"].Value]![int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }
        return (node.AsObject(), parts[^1]);
    }

    [GeneratedRegex(@"^(?<name>\w+)\[(?<index>\d+)\]$")]
    private static partial Regex Indexed();
}
