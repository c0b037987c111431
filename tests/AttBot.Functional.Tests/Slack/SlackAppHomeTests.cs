using System.Net;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;

namespace AttBot.Functional.Tests.Slack;

/// <summary>AttBot's Home tab: opening it publishes the person's registrations and the map, within Slack's limits.</summary>
public sealed class SlackAppHomeTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Exports:PublicBaseUrl"] = "https://bot.example.test";
        return settings;
    }

    private static JsonObject HomeOpened(string eventId, string user, string tab = "home")
    {
        var envelope = MessageEvent(eventId, "", user);
        envelope["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D0LEA", ["tab"] = tab, ["event_ts"] = "1700000000.000200" };
        return envelope;
    }

    [Fact]
    public async Task Opening_the_Home_tab_publishes_the_persons_registrations_and_the_world_map()
    {
        await Ask($"register bilateral Tonga {OutreachRegistrationTests.Day(20)} topic accession as Mexico");

        Assert.Equal(HttpStatusCode.OK, (await Event(HomeOpened("Ev0HOME1", "U0LEA"))).StatusCode);

        var publish = await Slack.WaitForAsync(c => c.Method == "views.publish");
        Assert.Empty(publish.Violations);
        Assert.Equal("U0LEA", publish.Body["user_id"]!.GetValue<string>());
        var view = publish.Body["view"]!.AsObject();
        Assert.Empty(SlackHome.Check(view));
        var shown = view.ToJsonString();
        Assert.Contains("Your registrations", shown);
        Assert.Contains("Tonga", shown);
        var image = view["blocks"]!.AsArray().Single(b => b?["type"]?.GetValue<string>() == "image")!;
        var response = await Client.GetAsync(new Uri(image["image_url"]!.GetValue<string>()).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_global_shortcut_Register_outreach_opens_the_registration_modal()
    {
        var ack = await Interaction(new JsonObject
        {
            ["type"] = "shortcut",
            ["callback_id"] = "register_outreach",
            ["trigger_id"] = "trigger-shortcut",
            ["user"] = new JsonObject { ["id"] = "U0LEA", ["username"] = "lea", ["team_id"] = "T0ATT" },
            ["team"] = new JsonObject { ["id"] = "T0ATT" },
        });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

        var open = await Slack.WaitForAsync(c => c.Method == "views.open");
        Assert.Empty(open.Violations);
        Assert.Equal("trigger-shortcut", open.Body["trigger_id"]?.GetValue<string>());
        Assert.Contains("\"value\":\"TON\"", open.Shown);
    }
}
