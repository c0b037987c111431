using System.Text.Json.Nodes;

namespace AttBot.Manifests.Tests;

public class CommandListTests
{
    // Limits of the older schemas and of the Teams docs for the command menu; v1.25 allows 128 / 4000,
    // but a menu entry longer than this is cut off in the Teams client anyway.
    private const int ShortTitle = 32;
    private const int ShortDescription = 128;

    private static JsonArray CommandLists => Manifest.Bot(Manifest.Committed)["commandLists"]!.AsArray();

    private static JsonNode CommandListsSchema =>
        Manifest.SchemaJson(Manifest.VersionOf(Manifest.Committed))["properties"]!["bots"]!["items"]!["properties"]!["commandLists"]!;

    public static TheoryData<string> Scopes => new() { "personal", "team", "groupChat" };

    [Fact]
    public void Each_bot_scope_has_exactly_one_command_list()
    {
        var botScopes = Manifest.Bot(Manifest.Committed)["scopes"]!.AsArray().Select(s => (string)s!).Order().ToList();
        var listScopes = CommandLists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => (string)s!)).Order().ToList();

        Assert.Equal(botScopes, listScopes);
    }

    [Fact]
    public void Number_of_lists_and_of_commands_per_list_stay_within_the_schema_limits()
    {
        var maxLists = (int)CommandListsSchema["maxItems"]!;
        var maxCommands = (int)CommandListsSchema["items"]!["properties"]!["commands"]!["maxItems"]!;

        Assert.InRange(CommandLists.Count, 1, maxLists);
        Assert.All(CommandLists, l => Assert.InRange(l!["commands"]!.AsArray().Count, 1, maxCommands));
    }

    [Fact]
    public void Command_titles_are_unique_within_each_list()
    {
        Assert.All(CommandLists, list =>
        {
            var titles = list!["commands"]!.AsArray().Select(c => ((string)c!["title"]!).Trim().ToLowerInvariant()).ToList();
            Assert.Equal(titles.Count, titles.Distinct().Count());
        });
    }

    [Fact]
    public void Command_titles_and_descriptions_are_short()
    {
        var commandSchema = CommandListsSchema["items"]!["properties"]!["commands"]!["items"]!["properties"]!;
        var maxTitle = Math.Min(ShortTitle, (int)commandSchema["title"]!["maxLength"]!);
        var maxDescription = Math.Min(ShortDescription, (int)commandSchema["description"]!["maxLength"]!);

        Assert.All(CommandLists.SelectMany(l => l!["commands"]!.AsArray()), command =>
        {
            var title = (string)command!["title"]!;
            var description = (string)command["description"]!;
            Assert.InRange(title.Length, 1, maxTitle);
            Assert.InRange(description.Length, 1, maxDescription);
            Assert.Equal(title.Trim(), title);
        });
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Status_and_help_are_offered_in_every_scope(string scope)
    {
        var list = CommandLists.Single(l => l!["scopes"]!.AsArray().Any(s => (string)s! == scope))!;
        var titles = list["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

        Assert.Contains("status", titles);
        Assert.Contains("help", titles);
        Assert.Contains("status Viet Nam", (string)list["commands"]!.AsArray().Single(c => (string)c!["title"]! == "status")!["description"]!);
    }
}
