using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Tests.PostgreSql;
using Npgsql;
using Xunit.Abstractions;

namespace AttBot.Functional.Tests;

/// <summary>
/// Two real bot processes on one PostgreSQL database; one is killed with SIGKILL in the middle of a burst of
/// registrations and not started again. The other takes over what the dead one acknowledged and left unfinished (its
/// durable inbox, after the inbox lease) and its outbox claims (after the outbox lease), and delivers all of it.
/// </summary>
public sealed class TwoProcessCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private const string AlertsConversation = "19:att-secretariat@thread.tacv2";
    private static readonly string[] States = ["Tonga", "Fiji", "Samoa", "Angola", "Bhutan", "Nepal", "Palau", "Kiribati", "Tuvalu", "Nauru"];
    private const int UsersPerState = 5;
    private const int KillAfterAcknowledged = 25;

    private readonly string _database = ThrowawayCluster.Shared.CreateDatabase();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(_database);
    }

    // Leases of a few seconds, so that the test waits for a takeover in seconds rather than the minute of production.
    private BotProcess Start(string instance) => BotProcess.Start("unused.db",
        "--Store:Provider=PostgreSQL", $"--ConnectionStrings:AttBot={ThrowawayCluster.Shared.ConnectionString(_database)}",
        $"--Outreach:InstanceId={instance}", $"--Roles:Secretariat:0={Activities.SecretariatEntry(Secretariat)}",
        "--Outreach:InboxLease=00:00:03", "--Outreach:OutboxLease=00:00:03", "--Outreach:OutboxRetryDelay=00:00:00.200",
        "--Outreach:InboxOrderWait=00:00:20", "--Bot:RateLimit:MessagesPerMinute=0");

    [Fact]
    public async Task What_a_killed_instance_acknowledged_is_stored_once_answered_and_its_notices_sent_by_the_other()
    {
        using var doomed = Start("doomed");
        await doomed.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));
        using var survivor = Start("survivor");
        await survivor.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));
        await SubscribeAlertsAsync(survivor);

        // Five organizers per state, one after another per state and all states at once, to the instance that dies.
        var registrations = States.SelectMany((state, s) => Enumerable.Range(0, UsersPerState).Select(u =>
            Activities.MessageFrom(_connector.ServiceUrl,
                $"register bilateral {state} {ChatTestBase.Day(40 + u)}..{ChatTestBase.Day(42 + u)} as Org {s}-{u}", $"29:organizer-{s}-{u}", $"Organizer {s}-{u}"))).ToList();
        var acknowledged = 0;
        var killed = new TaskCompletionSource();
        var senders = Enumerable.Range(0, States.Length).Select(async s =>
        {
            var acks = new List<string>();
            foreach (var activity in registrations.Skip(s * UsersPerState).Take(UsersPerState))
            {
                if (killed.Task.IsCompleted)
                    break;
                var id = activity["id"]!.GetValue<string>();
                try
                {
                    if ((await _http.PostAsync($"{doomed.BaseAddress}/api/messages", Json(activity))).StatusCode != HttpStatusCode.OK)
                        break;
                }
                catch (HttpRequestException)
                {
                    break; // died before answering: not acknowledged, Teams would send it again
                }
                acks.Add(id);
                if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                    killed.TrySetResult();
                await Task.WhenAny(_connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30)), killed.Task);
            }
            return acks;
        }).ToList();
        await Task.WhenAny(killed.Task, Task.WhenAll(senders));
        doomed.KillHard();
        var acked = (await Task.WhenAll(senders)).SelectMany(a => a).ToHashSet();
        var inFlightNotices = Scalar("SELECT COUNT(*) FROM outbox WHERE claimed_by = 'doomed' AND delivered_at IS NULL");
        var leftUnfinished = Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL");
        output.WriteLine($"Killed after {acked.Count} acknowledged; {leftUnfinished} journaled and unfinished; {inFlightNotices} notices claimed by it.");
        Assert.True(acked.Count >= KillAfterAcknowledged, $"Only {acked.Count} acknowledged before the kill.\n{doomed.Output}");

        // Without a restart of the dead instance: the survivor answers every acknowledged registrant and empties the outbox.
        var killedAt = DateTime.UtcNow;
        await Eventually.Holds(() => acked.All(id => ConfirmationOf(id) is not null)
            && Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL") == 0
            && Scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL") == 0, seconds: 60);
        output.WriteLine($"All confirmed and every notice delivered {(DateTime.UtcNow - killedAt).TotalSeconds:0.0} s after the kill.");
        if (leftUnfinished > 0)
            Assert.Contains("another instance left unfinished", survivor.Output);

        foreach (var id in acked)
        {
            var activity = registrations.First(a => a["id"]!.GetValue<string>() == id);
            Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = @key", $"msteams|{activity["conversation"]!["id"]!.GetValue<string>()}|{id}"));
        }

        var rows = Scalar("SELECT COUNT(*) FROM outbox WHERE kind IN ('alert', 'heads_up')");
        Assert.True(rows > 0, "The burst raised no duplications: the test would prove nothing about notices.");
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"));
        var notices = _connector.Calls
            .Where(c => c.Method == "POST" && c.Body?["replyToId"] is null && c.Card is not null)
            .CountBy(c => (c.Path, c.CardJson)).ToList();
        Assert.Equal(rows, notices.Count);
        Assert.All(notices, n => Assert.InRange(n.Value, 1, 2));
        Assert.True(notices.Count(n => n.Value == 2) <= inFlightNotices,
            $"{notices.Count(n => n.Value == 2)} notices arrived twice; {inFlightNotices} were claimed by the dead instance.");
    }

    [Fact]
    public async Task A_change_waits_for_its_conversation_s_earlier_one_that_a_dead_instance_left_and_comes_after_it()
    {
        using var survivor = Start("survivor");
        await survivor.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));

        // A registration the dead instance acknowledged a moment ago and never ran, journaled as it would have been.
        var register = Activities.MessageFrom(_connector.ServiceUrl, $"register bilateral Tonga {ChatTestBase.Day(40)}..{ChatTestBase.Day(42)} as Control Arms", "29:ana", "Ana Ruiz");
        var conversation = register["conversation"]!["id"]!.GetValue<string>();
        var payload = AttBot.BotFramework.Hosting.JournalPayload.Write(System.Text.Encoding.UTF8.GetBytes(register.ToJsonString()), new System.Security.Claims.ClaimsIdentity());
        Execute("INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at, taken_by, taken_at) VALUES ('botframework', $1, $2, $3, $4, 'dead', $4)",
            $"msteams|{conversation}|{register["id"]}", conversation, payload, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));

        // Then the same person, in the same conversation, moves it through the live instance: the move waits for the
        // registration (taken over after the inbox lease) instead of answering that there is no OR-0001.
        var move = Activities.MessageFrom(_connector.ServiceUrl, $"move OR-0001 {ChatTestBase.Day(50)}..{ChatTestBase.Day(52)}", "29:ana", "Ana Ruiz");
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync($"{survivor.BaseAddress}/api/messages", Json(move))).StatusCode);
        var moved = await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == move["id"]!.GetValue<string>(), TimeSpan.FromSeconds(30));
        var calls = _connector.Calls.ToList();
        var registered = Assert.Single(calls, c => c.Body?["replyToId"]?.GetValue<string>() == register["id"]!.GetValue<string>());

        Assert.Contains("Registered OR-0001", registered.CardJson);
        Assert.True(calls.IndexOf(registered) < calls.IndexOf(moved), "The move was answered before the registration it moves.");
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE starts_on = @key", ChatTestBase.Day(50)));
    }

    private async Task SubscribeAlertsAsync(BotProcess bot)
    {
        var subscribe = Activities.Message(_connector.ServiceUrl, "subscribe alerts", AlertsConversation, conversationType: "channel");
        subscribe["from"] = Activities.From(Secretariat, "Secretariat Officer");
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync($"{bot.BaseAddress}/api/messages", Json(subscribe))).StatusCode);
        var id = subscribe["id"]!.GetValue<string>();
        await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30));
    }

    private ConnectorCall? ConfirmationOf(string activityId) => _connector.Calls.FirstOrDefault(c =>
        c.Body?["replyToId"]?.GetValue<string>() == activityId && c.CardJson.Contains("Registered OR-", StringComparison.Ordinal));

    private static StringContent Json(JsonNode activity) => new(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private void Execute(string sql, params object[] values)
    {
        using var connection = new NpgsqlConnection(ThrowawayCluster.Shared.ConnectionString(_database));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql, string? key = null)
    {
        using var connection = new NpgsqlConnection(ThrowawayCluster.Shared.ConnectionString(_database));
        connection.Open();
        using var command = new NpgsqlCommand(sql.Replace("@key", "$1"), connection);
        if (key is not null)
            command.Parameters.Add(new NpgsqlParameter { Value = key });
        return Convert.ToInt64(command.ExecuteScalar());
    }
}
