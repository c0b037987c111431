namespace AttBot.Manifests.Tests;

/// <summary>The compose-box search as Teams reads it from the manifest (the schema test validates its shape).</summary>
public class MessageExtensionManifestTests
{
    [Fact]
    public void The_manifest_declares_the_state_search_the_bot_answers()
    {
        var manifest = Manifest.Committed;
        var extension = manifest["composeExtensions"]!.AsArray().Single()!;
        Assert.Equal((string)Manifest.Bot(manifest)["botId"]!, (string)extension["botId"]!);
        var command = extension["commands"]!.AsArray().Single()!;
        // The bot answers command "searchState" with parameter "state" (AttBot.Host.Teams.MessageExtension).
        Assert.Equal("searchState", (string)command["id"]!);
        Assert.Equal("query", (string)command["type"]!);
        Assert.Equal("state", (string)command["parameters"]![0]!["name"]!);
        Assert.Contains("compose", command["context"]!.AsArray().Select(c => (string)c!));
    }
}
