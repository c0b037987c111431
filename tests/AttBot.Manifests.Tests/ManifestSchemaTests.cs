using System.Text.RegularExpressions;

namespace AttBot.Manifests.Tests;

public class ManifestSchemaTests
{
    [Fact]
    public async Task Committed_manifest_validates_against_the_official_schema_of_its_manifestVersion()
    {
        var manifest = Manifest.Committed;
        var errors = await TeamsSchema.ValidateAsync(Manifest.Text, TestPaths.TeamsSchemaFor(Manifest.VersionOf(manifest)));

        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_is_at_version_1_25_with_the_matching_schema_url()
    {
        var manifest = Manifest.Committed;

        Assert.Equal("1.25", Manifest.VersionOf(manifest));
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.25/MicrosoftTeams.schema.json", (string)manifest["$schema"]!);
    }

    [Fact]
    public void ManifestVersion_is_the_value_the_schema_pins_with_const()
    {
        // NJsonSchema ignores "const", so this one rule of the schema is checked by hand.
        var manifest = Manifest.Committed;
        var pinned = (string?)Manifest.SchemaJson(Manifest.VersionOf(manifest))["properties"]!["manifestVersion"]!["const"];

        Assert.Equal(pinned, Manifest.VersionOf(manifest));
    }

    [Fact]
    public void Schema_refers_only_to_its_own_definitions_so_validation_needs_no_network()
    {
        var schemaText = File.ReadAllText(TestPaths.TeamsSchemaFor(Manifest.VersionOf(Manifest.Committed)));
        var refs = Regex.Matches(schemaText, "\"\\$ref\"\\s*:\\s*\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.StartsWith("#", r));
    }

    [Theory]
    [InlineData("botId", "not-a-guid")]
    [InlineData("id", "{{MICROSOFT_APP_ID}}")]
    public async Task Schema_check_rejects_an_id_that_is_not_a_guid(string field, string value)
    {
        var manifest = Manifest.Committed;
        if (field == "botId")
        {
            Manifest.Bot(manifest)["botId"] = value;
        }
        else
        {
            manifest[field] = value;
        }

        var errors = await TeamsSchema.ValidateAsync(manifest.ToJsonString(), TestPaths.TeamsSchemaFor(Manifest.VersionOf(manifest)));

        Assert.Contains(errors, e => e.Contains(field, StringComparison.Ordinal) && e.Contains("PatternMismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_check_rejects_a_short_name_over_30_characters_and_unknown_fields()
    {
        var manifest = Manifest.Committed;
        manifest["name"]!["short"] = new string('A', 31);
        Manifest.Bot(manifest)["colour"] = "blue";

        var errors = await TeamsSchema.ValidateAsync(manifest.ToJsonString(), TestPaths.TeamsSchemaFor(Manifest.VersionOf(manifest)));

        Assert.Contains(errors, e => e.Contains("StringTooLong", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("NoAdditionalPropertiesAllowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Committed_manifest_carries_the_all_zero_placeholder_for_app_id_and_bot_id()
    {
        var manifest = Manifest.Committed;

        Assert.Equal(Manifest.PlaceholderGuid, (string)manifest["id"]!);
        Assert.Equal(Manifest.PlaceholderGuid, (string)Manifest.Bot(manifest)["botId"]!);
    }

    [Fact]
    public void Bot_converses_in_personal_team_and_group_chat_and_takes_files_in_personal_chat()
    {
        var bot = Manifest.Bot(Manifest.Committed);

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        // The Secretariat sends the depositary's status table as a file in the 1:1 chat (import status).
        Assert.True((bool)bot["supportsFiles"]!);
        Assert.False((bool)bot["isNotificationOnly"]!);
    }

    [Fact]
    public void Names_and_developer_links_are_as_agreed()
    {
        var manifest = Manifest.Committed;

        Assert.Equal("AttBot", (string)manifest["name"]!["short"]!);
        Assert.Equal("AttBot — Arms Trade Treaty outreach coordination", (string)manifest["name"]!["full"]!);
        Assert.Equal("ATT Secretariat", (string)manifest["developer"]!["name"]!);
        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var url = new Uri((string)manifest["developer"]![key]!);
            Assert.Equal("https", url.Scheme);
        }
    }

    [Fact]
    public void Manifest_icons_are_the_two_png_files_beside_it()
    {
        var icons = Manifest.Committed["icons"]!.AsObject();

        Assert.Equal("color.png", (string)icons["color"]!);
        Assert.Equal("outline.png", (string)icons["outline"]!);
        Assert.All(icons, kv => Assert.True(File.Exists(Path.Combine(TestPaths.TeamsManifestFolder, (string)kv.Value!))));
    }
}
