using System.Net;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// Slash commands, direct messages, mentions and button clicks that change data are journaled before Slack's ack, and
/// what a crash left unfinished runs at the next start.
/// </summary>
public sealed class SlackInboxTests : SlackTestBase
{
    private static string Register(string state, int from = 30) => $"register bilateral {state} {ChatTestBase.Day(from)}..{ChatTestBase.Day(from + 2)} as Mexico";

    private static bool PostedTo(SlackCall call, string channel) =>
        call.Method == "chat.postMessage" && call.Body["channel"]?.GetValue<string>() == channel;

    [Fact]
    public async Task A_registering_command_is_journaled_and_marked_finished_once_answered_and_a_status_question_is_not_journaled()
    {
        var answer = await Ask(Register("Tonga"));
        Assert.Contains("Registered OR-", answer.Shown);
        await Eventually.Holds(() => CountRows("inbox", "source_key LIKE 'slack|command|%' AND finished_at IS NOT NULL") == 1);

        Assert.Contains("Tonga", (await Ask("status Tonga")).Shown);
        Assert.Equal(1, CountRows("inbox"));
    }

    [Fact]
    public async Task A_registering_direct_message_is_journaled_before_its_ack_and_marked_finished_once_answered()
    {
        var ack = await Event(MessageEvent("EvRegister", Register("Tonga")));

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal(1, CountRows("inbox", "source_key = 'slack|event|EvRegister'")); // there as soon as Slack has its ack
        Assert.Contains("Registered OR-", (await Slack.WaitForAsync(c => PostedTo(c, "D0LEA"))).Shown);
        await Eventually.Holds(() => CountRows("inbox", "source_key = 'slack|event|EvRegister' AND finished_at IS NOT NULL") == 1);
    }

    [Fact]
    public async Task A_status_question_in_a_direct_message_or_a_mention_is_not_journaled()
    {
        await Event(MessageEvent("EvStatus", "status Fiji"));
        Assert.Contains("Fiji", (await Slack.WaitForAsync(c => PostedTo(c, "D0LEA"))).Shown);
        await Event(MessageEvent("EvMention", "<@U0BOT> status Fiji", channel: "C0OPEN", type: "app_mention", channelType: "channel"));
        Assert.Contains("Fiji", (await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral")).Shown);

        Assert.Equal(0, CountRows("inbox"));
    }

    [Fact]
    public async Task A_registering_message_that_Slack_delivers_again_is_registered_and_answered_once()
    {
        var message = MessageEvent("EvTwice", Register("Samoa"));
        Assert.Equal(HttpStatusCode.OK, (await Event(message)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Event(message, retryNum: 1)).StatusCode); // while the first may still be at work
        Assert.Contains("Registered OR-", (await Slack.WaitForAsync(c => PostedTo(c, "D0LEA"))).Shown);
        Assert.Equal(HttpStatusCode.OK, (await Event(message, retryNum: 2)).StatusCode); // after it was answered

        // Léa's requests are worked in the order they came: once this one is answered, anything the retries caused would have been too.
        await Event(MessageEvent("EvAfter", "status Fiji"));
        await Slack.WaitForAsync(c => PostedTo(c, "D0LEA") && c.Shown.Contains("Fiji"));

        Assert.Equal(1, CountRows("outreach", "source_key LIKE '%EvTwice%'"));
        Assert.Single(Slack.Calls, c => PostedTo(c, "D0LEA") && c.Shown.Contains("Registered OR-"));
        Assert.Equal(1, CountRows("inbox", "source_key = 'slack|event|EvTwice'"));
    }

    [Fact]
    public async Task A_settle_click_is_journaled_and_a_status_button_is_not()
    {
        var conflictId = await ConflictAlertedAsync();

        Assert.Equal(HttpStatusCode.OK, (await Click(SlackActions.NotAConflict, conflictId, SlackSecretariat, "settle")).StatusCode);
        Assert.Equal(1, CountRows("inbox", $"source_key = 'slack|action|{SlackSecretariat}|1700000000.settle|{SlackActions.NotAConflict}'"));
        Assert.Contains("Marked not a duplication by Sam Secretariat", (await Slack.ResponseTo("settle")).Shown);
        await Eventually.Holds(() => CountRows("inbox", "source_key LIKE 'slack|action|%' AND finished_at IS NOT NULL") == 1);

        await Click(SlackActions.WithSuffix(SlackActions.Status, "TON"), "TON", "U0LEA", "status");
        Assert.Contains("Tonga", (await Slack.ResponseTo("status")).Shown);
        Assert.Equal(0, CountRows("inbox", "source_key LIKE 'slack|action|U0LEA|%'"));
    }

    [Fact]
    public async Task A_command_acknowledged_before_a_crash_is_carried_out_and_answered_at_the_next_start()
    {
        await Ask("help"); // the bot is up and its database migrated
        var body = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "deprecated", ["team_id"] = "T0ATT", ["team_domain"] = "att", ["channel_id"] = "D0LEA", ["channel_name"] = "directmessage",
            ["user_id"] = "U0LEA", ["user_name"] = "lea", ["command"] = "/att", ["text"] = Register("Fiji"),
            ["response_url"] = Slack.ResponseUrl("after-crash"), ["trigger_id"] = "trigger-after-crash",
        }).ReadAsStringAsync();
        await using var restarted = await CrashAndRestartAsync("slack|command|trigger-after-crash", "T0ATT|U0LEA", body);

        Assert.Contains("Registered OR-", (await Slack.ResponseTo("after-crash")).Shown);
        await Eventually.Holds(() => CountRows("inbox", "finished_at IS NULL") == 0);
        Assert.Equal(1, CountRows("outreach", "source_key LIKE '%trigger-after-crash%'"));
    }

    [Fact]
    public async Task A_direct_message_acknowledged_before_a_crash_is_registered_once_and_answered_at_the_next_start()
    {
        await Ask("help");
        var body = MessageEvent("EvCrash", Register("Fiji")).ToJsonString();
        await using var restarted = await CrashAndRestartAsync("slack|event|EvCrash", "T0ATT|U0LEA", body);

        Assert.Contains("Registered OR-", (await Slack.WaitForAsync(c => PostedTo(c, "D0LEA") && c.Shown.Contains("Fiji"))).Shown);
        await Eventually.Holds(() => CountRows("inbox", "finished_at IS NULL") == 0);
        Assert.Equal(1, CountRows("outreach", "source_key = 'slack|event|EvCrash'"));
    }

    [Fact]
    public async Task A_settle_click_acknowledged_before_a_crash_is_carried_out_at_the_next_start_as_the_Secretariat_member_who_clicked()
    {
        var conflictId = await ConflictAlertedAsync();
        var body = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["payload"] = ClickPayload(SlackActions.Coordinated, conflictId, SlackSecretariat, "crash-settle").ToJsonString(),
        }).ReadAsStringAsync();
        await using var restarted = await CrashAndRestartAsync(
            $"slack|action|{SlackSecretariat}|1700000000.crash-settle|{SlackActions.Coordinated}", $"T0ATT|{SlackSecretariat}", body);

        var settled = await Slack.ResponseTo("crash-settle");
        Assert.Contains("Marked coordinated by Sam Secretariat", settled.Shown);
        await Eventually.Holds(() => CountRows("inbox", "finished_at IS NULL") == 0);
        Assert.Equal(1, CountRows("conflicts", $"id = {conflictId} AND resolution = 'coordinated'"));
    }

    /// <summary>Two overlapping registrations, alerted to the Secretariat's channel; the conflict's id from the alert's button.</summary>
    private async Task<string> ConflictAlertedAsync()
    {
        Assert.Contains("Alerts on", (await Ask("subscribe alerts", user: SlackSecretariat, channel: "C0ALERTS")).Shown);
        await Ask(Register("Tonga"));
        await Ask(Register("Tonga", from: 31), user: "U0BEN", channel: "D0BEN");
        var alert = await Slack.WaitForAsync(c => PostedTo(c, "C0ALERTS"));
        return alert.Body["blocks"]!.AsArray().Last()!["elements"]![0]!["value"]!.GetValue<string>();
    }

    /// <summary>
    /// What a crash right after Slack's ack leaves behind: the request in the inbox, not finished, nothing of it done.
    /// The bot is stopped, that row written into its database, and the bot started again on it.
    /// </summary>
    private async Task<AttBotApp> CrashAndRestartAsync(string sourceKey, string orderingKey, string body)
    {
        App.KeepDatabase = true;
        await App.DisposeAsync();
        using (var connection = new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at)
                VALUES ('slack', $key, $ordering, $body, '2026-12-01T09:00:00.0000000Z')
                """;
            insert.Parameters.AddWithValue("$key", sourceKey);
            insert.Parameters.AddWithValue("$ordering", orderingKey);
            insert.Parameters.AddWithValue("$body", body);
            insert.ExecuteNonQuery();
        }
        var restarted = new AttBotApp(Settings(Slack), App.Directory);
        restarted.CreateClient(); // starts the host, which resumes the journaled request
        return restarted;
    }
}
