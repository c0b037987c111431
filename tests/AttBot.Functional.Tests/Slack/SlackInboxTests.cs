using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Slash commands that change data are journaled before Slack's ack, and what a crash left unfinished runs at the next start.</summary>
public sealed class SlackInboxTests : SlackTestBase
{
    private static string Register(string state) => $"register bilateral {state} {ChatTestBase.Day(30)}..{ChatTestBase.Day(32)} as Mexico";

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
    public async Task A_command_acknowledged_before_a_crash_is_carried_out_and_answered_at_the_next_start()
    {
        await Ask("help"); // the bot is up and its database migrated
        App.KeepDatabase = true;
        await App.DisposeAsync();
        // What a crash right after the ack leaves behind: the request in the inbox, not finished, nothing registered.
        var body = await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "deprecated", ["team_id"] = "T0ATT", ["team_domain"] = "att", ["channel_id"] = "D0LEA", ["channel_name"] = "directmessage",
            ["user_id"] = "U0LEA", ["user_name"] = "lea", ["command"] = "/att", ["text"] = Register("Fiji"),
            ["response_url"] = Slack.ResponseUrl("after-crash"), ["trigger_id"] = "trigger-after-crash",
        }).ReadAsStringAsync();
        using (var connection = new SqliteConnection($"Data Source={App.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at)
                VALUES ('slack', 'slack|command|trigger-after-crash', 'T0ATT|U0LEA', $body, '2026-12-01T09:00:00.0000000Z')
                """;
            insert.Parameters.AddWithValue("$body", body);
            insert.ExecuteNonQuery();
        }

        await using var restarted = new AttBotApp(Settings(Slack), App.Directory);
        restarted.CreateClient(); // starts the host, which resumes the journaled command

        Assert.Contains("Registered OR-", (await Slack.ResponseTo("after-crash")).Shown);
        await Eventually.Holds(() => CountRows("inbox", "finished_at IS NULL") == 0);
        Assert.Equal(1, CountRows("outreach", "source_key LIKE '%trigger-after-crash%'"));
    }
}
