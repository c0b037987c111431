using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace AttBot.Functional.Tests;

/// <summary>
/// Two real bot processes on one PostgreSQL database; one is killed with SIGKILL in the middle of a burst of
/// registrations and not started again. The other takes over what the dead one acknowledged and left unfinished (its
/// durable inbox, after the inbox lease) and its outbox claims (after the outbox lease), and delivers all of it.
/// </summary>
public sealed class TwoProcessCrashTests(ITestOutputHelper output) : InstancesOnPostgreSql
{
    private const string AlertsConversation = "19:att-secretariat@thread.tacv2";

    // Leases of a few seconds, so that the test waits for a takeover in seconds rather than the minute of production.
    private BotProcess Start(string instance) => Start(instance,
        "--Outreach:InboxLease=00:00:03", "--Outreach:OutboxLease=00:00:03", "--Outreach:OutboxRetryDelay=00:00:00.200",
        "--Outreach:InboxOrderWait=00:00:20", "--Bot:RateLimit:MessagesPerMinute=0");

    [Fact]
    public async Task What_a_killed_instance_acknowledged_is_stored_once_answered_and_its_notices_sent_by_the_other()
    {
        using var doomed = Start("doomed");
        await doomed.WaitReadyAsync(Http, TimeSpan.FromSeconds(60));
        using var survivor = Start("survivor");
        await survivor.WaitReadyAsync(Http, TimeSpan.FromSeconds(60));
        var burst = new RegistrationBurst(Http, Connector);
        await burst.SubscribeAlertsAsync(survivor, Secretariat, AlertsConversation);

        // The burst goes to the instance that dies.
        var acked = await burst.SendAndKillAsync(doomed);
        var inFlightNotices = Scalar("SELECT COUNT(*) FROM outbox WHERE claimed_by = 'doomed' AND delivered_at IS NULL");
        var leftUnfinished = Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL");
        output.WriteLine($"Killed after {acked.Count} acknowledged; {leftUnfinished} journaled and unfinished; {inFlightNotices} notices claimed by it.");
        Assert.True(acked.Count >= RegistrationBurst.KillAfterAcknowledged, $"Only {acked.Count} acknowledged before the kill.\n{doomed.Output}");

        // Without a restart of the dead instance: the survivor answers every acknowledged registrant and empties the outbox.
        var killedAt = DateTime.UtcNow;
        await Eventually.Holds(() => acked.All(id => burst.ConfirmationOf(id) is not null)
            && Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL") == 0
            && Scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL") == 0, seconds: 60);
        output.WriteLine($"All confirmed and every notice delivered {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill.");
        if (leftUnfinished > 0)
            Assert.Contains("another instance left unfinished", survivor.Output);

        foreach (var id in acked)
            Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = @key", burst.SourceKeyOf(id)));

        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"));
        burst.AssertEachNoticeArrivedOnce(Scalar("SELECT COUNT(*) FROM outbox WHERE kind IN ('alert', 'heads_up')"), inFlightNotices);
    }

    [Fact]
    public async Task A_change_waits_for_its_conversation_s_earlier_one_that_a_dead_instance_left_and_comes_after_it()
    {
        using var survivor = Start("survivor");
        await survivor.WaitReadyAsync(Http, TimeSpan.FromSeconds(60));

        // A registration the dead instance acknowledged a moment ago and never ran, journaled as it would have been.
        var register = Activities.MessageFrom(Connector.ServiceUrl, $"register bilateral Tonga {ChatTestBase.Day(40)}..{ChatTestBase.Day(42)} as Control Arms", "29:ana", "Ana Ruiz");
        var conversation = register["conversation"]!["id"]!.GetValue<string>();
        var payload = AttBot.BotFramework.Hosting.JournalPayload.Write(System.Text.Encoding.UTF8.GetBytes(register.ToJsonString()), new System.Security.Claims.ClaimsIdentity());
        Execute("INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at, taken_by, taken_at) VALUES ('botframework', $1, $2, $3, $4, 'dead', $4)",
            $"msteams|{conversation}|{register["id"]}", conversation, payload, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));

        // Then the same person, in the same conversation, moves it through the live instance: the move waits for the
        // registration (taken over after the inbox lease) instead of answering that there is no OR-0001.
        var move = Activities.MessageFrom(Connector.ServiceUrl, $"move OR-0001 {ChatTestBase.Day(50)}..{ChatTestBase.Day(52)}", "29:ana", "Ana Ruiz");
        Assert.Equal(HttpStatusCode.OK, (await Http.PostAsync($"{survivor.BaseAddress}/api/messages", RegistrationBurst.Json(move))).StatusCode);
        var moved = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == move["id"]!.GetValue<string>(), TimeSpan.FromSeconds(30));
        var calls = Connector.Calls.ToList();
        var registered = Assert.Single(calls, c => c.Body?["replyToId"]?.GetValue<string>() == register["id"]!.GetValue<string>());

        Assert.Contains("Registered OR-0001", registered.CardJson);
        Assert.True(calls.IndexOf(registered) < calls.IndexOf(moved), "The move was answered before the registration it moves.");
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE starts_on = @key", ChatTestBase.Day(50)));
    }

    private void Execute(string sql, params object[] values)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, string? key = null)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql.Replace("@key", "$1"), connection);
        if (key is not null)
            command.Parameters.Add(new NpgsqlParameter { Value = key });
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
