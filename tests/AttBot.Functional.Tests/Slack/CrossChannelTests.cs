using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Teams and Slack share one desk: the same conflicts, warnings, alerts and roles, whichever channel people use.</summary>
public sealed class CrossChannelTests : SlackTestBase
{
    /// <summary>A Teams message, answered through the fake Connector.</summary>
    private async Task<ConnectorCall> TeamsSay(string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    /// <summary>The Secretariat's alert card sets the two registrations side by side under "Earlier" and "Later".</summary>
    private static bool IsTeamsAlert(ConnectorCall call) => call.CardJson.Contains("\"Earlier\"");

    private static bool PostedTo(SlackCall call, string channel) =>
        call.Method == "chat.postMessage" && call.Body["channel"]?.GetValue<string>() == channel;

    [Fact]
    public async Task Teams_and_Slack_organizers_of_the_same_state_are_warned_about_each_other_and_each_subscribed_conversation_alerted_once()
    {
        Assert.Contains("Alerts on", (await TeamsSay(TeamsSecretariat, "Sam on Teams", "subscribe alerts")).Text ?? "");
        Assert.Contains("Alerts on", (await Ask("subscribe alerts", user: SlackSecretariat, channel: "C0ALERTS")).Shown);

        await TeamsSay("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");
        var confirmation = await Ask($"register workshop Tonga {Day(31)} as Control Arms");

        // Léa, on Slack, is told about Ana's Teams registration in her confirmation...
        Assert.Contains("Registered OR-0002", confirmation.Shown);
        Assert.Contains("Possible duplication of another registration", confirmation.Shown);
        Assert.Contains("OR-0001 · Ana Ruiz (Mexico)", confirmation.Shown);
        // ...and Ana, on Teams, gets a heads-up naming Léa.
        var headsUp = await Connector.WaitForAsync(c => c.CardJson.Contains("Heads-up"));
        Assert.Contains("Léa Martin (Control Arms)", headsUp.CardJson);

        var slackAlert = await Slack.WaitForAsync(c => PostedTo(c, "C0ALERTS"));
        Assert.Contains("Possible duplication: Tonga", slackAlert.Shown);
        Assert.Contains("OR-0001", slackAlert.Shown);
        Assert.Contains("OR-0002", slackAlert.Shown);
        await Connector.WaitForAsync(IsTeamsAlert);

        // Both registrations wrote their notices before they were confirmed: once the outbox is empty, every one has gone out.
        await OutboxEmpty();
        Assert.Single(Slack.Calls, c => PostedTo(c, "C0ALERTS"));
        Assert.Single(Connector.Calls, IsTeamsAlert);
        Assert.Single(Connector.Calls, c => c.CardJson.Contains("Heads-up"));

        // The Secretariat settles it from Slack: the alert changes in place, without its buttons.
        var conflictId = slackAlert.Body["blocks"]!.AsArray().Last()!["elements"]![0]!["value"]!.GetValue<string>();
        await Click("conflict.coordinated", conflictId, SlackSecretariat, "settle");
        var settled = await Slack.ResponseTo("settle");
        Assert.True(settled.Body["replace_original"]?.GetValue<bool>());
        Assert.Contains("Marked coordinated by Sam Secretariat", settled.Shown);
        Assert.DoesNotContain("\"button\"", settled.Shown);
    }

    [Fact]
    public async Task A_Slack_organizer_is_told_in_a_direct_message_when_a_Teams_registration_overlaps_theirs()
    {
        await Ask($"register bilateral Tonga {Day(30)} as Mexico");
        await TeamsSay("29:ana", "Ana Ruiz", $"register workshop Tonga {Day(31)} as Control Arms");

        var headsUp = await Slack.WaitForAsync(c => PostedTo(c, "U0LEA"));
        Assert.Contains("Heads-up: a new registration for Tonga may duplicate your bilateral outreach OR-0001", headsUp.Shown);
        Assert.Contains("Ana Ruiz (Control Arms)", headsUp.Shown);
    }

    [Fact]
    public async Task A_Teams_move_out_of_a_duplication_tells_the_Slack_organizer_and_the_Slack_alerts_channel_once_each()
    {
        Assert.Contains("Alerts on", (await Ask("subscribe alerts", user: SlackSecretariat, channel: "C0ALERTS")).Shown);
        await Ask($"register visit Tonga {Day(30)} as Mexico");
        await TeamsSay("29:ana", "Ana Ruiz", $"register workshop Tonga {Day(31)} as Control Arms");
        await WaitUntil(() => CountRows("outbox", "delivered_at IS NULL AND failed_at IS NULL") == 0);
        var before = Slack.Calls.Count;

        var reply = await TeamsSay("29:ana", "Ana Ruiz", $"move OR-0002 {Day(120)}");
        Assert.Contains("It no longer overlaps OR-0001. The other organizer is told.", reply.CardJson);
        await WaitUntil(() => CountRows("outbox", "delivered_at IS NULL AND failed_at IS NULL") == 0);

        var lea = Assert.Single(Slack.Calls.Skip(before), c => PostedTo(c, "U0LEA"));
        Assert.Contains("Control Arms moved OR-0002 from", lea.Shown);
        Assert.Contains("no longer overlapping your visit OR-0001 (Tonga)", lea.Shown);
        var alert = Assert.Single(Slack.Calls.Skip(before), c => PostedTo(c, "C0ALERTS"));
        Assert.Contains("OR-0002 moved", alert.Shown);
    }

    [Fact]
    public async Task A_restricted_Teams_plan_stays_anonymous_on_Slack_and_a_stakeholder_cannot_settle()
    {
        await TeamsSay("29:ana", "Ana Ruiz", $"register bilateral Tonga {Day(30)} restricted as Mexico note meeting the opposition");
        var confirmation = await Ask($"register workshop Tonga {Day(31)} as Control Arms");

        Assert.Contains("Another stakeholder has planned engagement with Tonga", confirmation.Shown);
        Assert.DoesNotContain("Ana", confirmation.Shown);
        Assert.DoesNotContain("Mexico", confirmation.Shown);
        Assert.DoesNotContain("opposition", confirmation.Shown);
        Assert.DoesNotContain("OR-0001", confirmation.Shown);

        await Click("conflict.notAConflict", "1", "U0LEA", "not-mine");
        Assert.Contains("Only members of the ATT Secretariat can settle a possible duplication.", (await Slack.ResponseTo("not-mine")).Shown);
        Assert.Equal(0, CountRows("conflicts", "resolution IS NOT NULL"));
    }

    [Fact]
    public async Task A_rate_limited_heads_up_waits_for_Retry_After_and_is_then_delivered_once()
    {
        Slack.Script("chat.postMessage", (HttpStatusCode.TooManyRequests, "1", null));
        await Ask($"register bilateral Tonga {Day(30)} as Mexico");
        await TeamsSay("29:ana", "Ana Ruiz", $"register workshop Tonga {Day(31)} as Control Arms");

        await Slack.WaitForAsync(c => PostedTo(c, "U0LEA") && c.Status == 200);
        var attempts = Slack.Calls.Where(c => PostedTo(c, "U0LEA")).ToList();
        Assert.Equal([429, 200], attempts.Select(c => c.Status));
        await WaitUntil(() => CountRows("outbox", "channel_id = 'slack' AND delivered_at IS NOT NULL") == 1);
    }

    [Fact]
    public async Task A_heads_up_Slack_refuses_for_good_is_given_up_with_Slacks_error_recorded()
    {
        Slack.Script("chat.postMessage", (HttpStatusCode.OK, null, "channel_not_found"));
        await Ask($"register bilateral Tonga {Day(30)} as Mexico");
        await TeamsSay("29:ana", "Ana Ruiz", $"register workshop Tonga {Day(31)} as Control Arms");

        await WaitUntil(() => CountRows("outbox", "channel_id = 'slack' AND failed_at IS NOT NULL AND last_error LIKE '%channel_not_found%'") == 1);
        Assert.Single(Slack.Calls, c => PostedTo(c, "U0LEA"));
    }

    [Fact]
    public async Task When_users_info_fails_the_name_Slack_sent_with_the_command_is_used()
    {
        Slack.Script("users.info", (HttpStatusCode.OK, null, "user_not_found"));
        var confirmation = await Ask($"register bilateral Tonga {Day(30)} as Mexico");
        Assert.Contains("Organizer*\\nlea", confirmation.Body.ToJsonString());
    }

    private static Task WaitUntil(Func<bool> condition, int seconds = 10) => Eventually.Holds(condition, seconds);
}
