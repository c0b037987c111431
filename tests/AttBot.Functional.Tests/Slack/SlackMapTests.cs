using System.Net;
using System.Text.Json.Nodes;

namespace AttBot.Functional.Tests.Slack;

/// <summary>The map on Slack: an image block whose public URL is the bot's own, within Block Kit's limits (the fake Web API checks them).</summary>
public sealed class SlackMapTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Exports:PublicBaseUrl"] = "https://bot.example.test";
        return settings;
    }

    [Fact]
    public async Task Map_Oceania_and_the_region_answer_show_the_map_as_an_image_block_the_bot_serves()
    {
        foreach (var command in new[] { "map Oceania", "region Oceania" })
        {
            var answer = await Ask(command);
            var blocks = JsonNode.Parse(answer.Shown)!["blocks"]!.AsArray();
            var image = blocks.Single(b => b?["type"]?.GetValue<string>() == "image")!;
            var url = new Uri(image["image_url"]!.GetValue<string>());
            Assert.Equal("bot.example.test", url.Host);
            Assert.Contains("States Parties: 7 (47 %)", image["alt_text"]!.GetValue<string>());
            var response = await Client.GetAsync(url.AbsolutePath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
