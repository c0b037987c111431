using System.Net;
using System.Text.Json.Nodes;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Slack:AllowedTeams: the bot serves its own workspaces; others are refused politely and nothing of theirs is stored.</summary>
public sealed class SlackWorkspaceTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Slack:AllowedTeams:0"] = "T0OTHERORG";
        return settings;
    }

    [Fact]
    public async Task A_command_from_another_workspace_is_refused_in_words_and_nothing_is_stored()
    {
        var response = await Command("register bilateral Tonga 2030-03-10 as Mexico"); // sent from T0ATT

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not available to your workspace", await response.Content.ReadAsStringAsync());
        // A command that changes data is journaled before Slack gets its ack, and its work queued only after: with the
        // ack in hand and nothing journaled, no work of it exists that could still send or store anything. (A marker
        // cannot prove it here: every request from this workspace is refused at the door.)
        Assert.Equal(0, CountRows("inbox"));
        Assert.Empty(Slack.Calls);
        Assert.Equal(0, CountRows("outreach"));
        Assert.Equal(0, CountRows("user_profiles"));
    }

    [Fact]
    public async Task Events_and_clicks_from_another_workspace_are_ignored()
    {
        await Event(MessageEvent("Ev0100", "status Tonga"));
        await Interaction(new JsonObject
        {
            ["type"] = "block_actions", ["team"] = new JsonObject { ["id"] = "T0ATT" }, ["user"] = new JsonObject { ["id"] = "U0LEA" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "status:TON", ["value"] = "TON", ["action_ts"] = "1" }),
            ["response_url"] = Slack.ResponseUrl("other"),
        });

        // An event or a click taken in is recorded (slack_deliveries, against redelivery) before its ack, and its work
        // queued only after: with both acks in hand and nothing recorded, no work of theirs exists.
        Assert.Equal(0, CountRows("slack_deliveries"));
        Assert.Empty(Slack.Calls);
    }
}
