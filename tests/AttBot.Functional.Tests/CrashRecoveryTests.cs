using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace AttBot.Functional.Tests;

/// <summary>
/// Nothing acknowledged is lost: a real bot process is killed with SIGKILL in the middle of a burst of registrations
/// and started again on the same SQLite file.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string SecretariatId = "29:secretariat";
    private const string AlertsConversation = "19:att-secretariat@thread.tacv2";
    private static readonly string[] States = ["Tonga", "Fiji", "Samoa", "Angola", "Bhutan", "Nepal", "Palau", "Kiribati", "Tuvalu", "Nauru"];
    private const int UsersPerState = 5;
    private const int KillAfterAcknowledged = 25;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attbot-crash-tests", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private FakeConnector _connector = null!;
    private string DatabasePath => Path.Combine(_folder, "attbot.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private BotProcess StartBot() => BotProcess.Start(DatabasePath,
        $"--Roles:Secretariat:0={Activities.SecretariatEntry(SecretariatId)}", "--Bot:RateLimit:MessagesPerMinute=0", "--Outreach:OutboxRetryDelay=00:00:00.200");

    [Fact]
    public async Task Every_acknowledged_registration_survives_a_kill_and_is_stored_once_confirmed_and_its_notices_sent_once()
    {
        using var first = StartBot();
        await first.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));
        await SubscribeAlertsAsync(first);

        // The burst: five organizers per state, all at once, so every state gets conflicts (alerts and heads-ups).
        var registrations = States.SelectMany((state, s) => Enumerable.Range(0, UsersPerState).Select(u =>
        {
            var user = $"29:organizer-{s}-{u}";
            return Activities.MessageFrom(_connector.ServiceUrl,
                $"register bilateral {state} {ChatTestBase.Day(40 + u)}..{ChatTestBase.Day(42 + u)} as Org {s}-{u}", user, $"Organizer {s}-{u}");
        })).ToList();
        // Each state's organizers write one after another (the next once the previous is answered), all states at once;
        // the kill comes when half of them were acknowledged: some answered, some acknowledged and in progress, some never sent.
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
                    var response = await _http.PostAsync($"{first.BaseAddress}/api/messages", JsonContent(activity));
                    if (response.StatusCode != HttpStatusCode.OK)
                        break;
                }
                catch (HttpRequestException)
                {
                    break; // the process died before answering: not acknowledged, Teams would send it again
                }
                acks.Add(id);
                if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged)
                    killed.TrySetResult();
                var answered = _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30));
                await Task.WhenAny(answered, killed.Task);
            }
            return acks;
        }).ToList();
        await Task.WhenAny(killed.Task, Task.WhenAll(senders));
        first.KillHard();
        var acked = (await Task.WhenAll(senders)).SelectMany(a => a).ToHashSet();
        var answeredBeforeKill = acked.Count(id => ConfirmationOf(id) is not null);
        var inFlightNotices = Scalar("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL AND delivered_at IS NULL");
        var unfinishedAtKill = Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL");
        output.WriteLine($"Killed after {acked.Count} of {registrations.Count} registrations were acknowledged ({answeredBeforeKill} answered); {unfinishedAtKill} journaled and unfinished; {inFlightNotices} notices in flight.");
        Assert.True(acked.Count >= KillAfterAcknowledged, $"Only {acked.Count} acknowledged before the kill.\n{first.Output}");

        using var second = StartBot();
        await second.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));

        // Within 60 s of the restart: every acknowledged registrant has the confirmation, and the outbox is empty.
        var restarted = DateTime.UtcNow;
        await Eventually.Holds(() => acked.All(id => ConfirmationOf(id) is not null)
            && Scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL") == 0, seconds: 60);
        output.WriteLine($"All confirmed and every notice delivered {(DateTime.UtcNow - restarted).TotalSeconds:0.0} s after the restart.");

        foreach (var id in acked)
        {
            var activity = registrations.First(a => a["id"]!.GetValue<string>() == id);
            var sourceKey = $"msteams|{activity["conversation"]!["id"]!.GetValue<string>()}|{id}";
            Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = @key", sourceKey));
        }
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL"));

        // Each alert and heads-up arrived; only those on the wire at the kill may have arrived twice.
        var rows = Scalar("SELECT COUNT(*) FROM outbox WHERE kind IN ('alert', 'heads_up')");
        Assert.True(rows > 0, "The burst raised no conflicts: the test would prove nothing about notices.");
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"));
        var notices = _connector.Calls
            .Where(c => c.Method == "POST" && c.Body?["replyToId"] is null && c.Card is not null)
            .CountBy(c => (c.Path, c.CardJson)).ToList();
        Assert.Equal(rows, notices.Count);
        Assert.All(notices, n => Assert.InRange(n.Value, 1, 2));
        Assert.True(notices.Count(n => n.Value == 2) <= inFlightNotices,
            $"{notices.Count(n => n.Value == 2)} notices arrived twice; {inFlightNotices} were in flight at the kill.");
    }

    private async Task SubscribeAlertsAsync(BotProcess bot)
    {
        var subscribe = Activities.Message(_connector.ServiceUrl, "subscribe alerts", AlertsConversation, conversationType: "channel");
        subscribe["from"] = Activities.From(SecretariatId, "Secretariat Officer");
        var response = await _http.PostAsync($"{bot.BaseAddress}/api/messages", JsonContent(subscribe));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = subscribe["id"]!.GetValue<string>();
        await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id, TimeSpan.FromSeconds(30));
    }

    private ConnectorCall? ConfirmationOf(string activityId) => _connector.Calls.FirstOrDefault(c =>
        c.Body?["replyToId"]?.GetValue<string>() == activityId && c.CardJson.Contains("Registered OR-", StringComparison.Ordinal));

    private static StringContent JsonContent(JsonNode activity) => new(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private long Scalar(string sql, string? key = null)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (key is not null)
            command.Parameters.AddWithValue("@key", key);
        return (long)command.ExecuteScalar()!;
    }
}
