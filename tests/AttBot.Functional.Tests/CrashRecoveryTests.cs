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
        var burst = new RegistrationBurst(_http, _connector);
        await burst.SubscribeAlertsAsync(first, SecretariatId, AlertsConversation);

        var acked = await burst.SendAndKillAsync(first);
        var answeredBeforeKill = acked.Count(id => burst.ConfirmationOf(id) is not null);
        var inFlightNotices = Scalar("SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL AND delivered_at IS NULL");
        var unfinishedAtKill = Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL");
        output.WriteLine($"Killed after {acked.Count} registrations were acknowledged ({answeredBeforeKill} answered); {unfinishedAtKill} journaled and unfinished; {inFlightNotices} notices in flight.");
        Assert.True(acked.Count >= RegistrationBurst.KillAfterAcknowledged, $"Only {acked.Count} acknowledged before the kill.\n{first.Output}");

        using var second = StartBot();
        await second.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));

        // Within 60 s of the restart: every acknowledged registrant has the confirmation, and the outbox is empty.
        var restarted = DateTime.UtcNow;
        await Eventually.Holds(() => acked.All(id => burst.ConfirmationOf(id) is not null)
            && Scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL") == 0, seconds: 60);
        output.WriteLine($"All confirmed and every notice delivered {(DateTime.UtcNow - restarted).TotalSeconds:0.0} s after the restart.");

        foreach (var id in acked)
            Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = @key", burst.SourceKeyOf(id)));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL"));

        // Each alert and heads-up arrived; only those on the wire at the kill may have arrived twice.
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"));
        burst.AssertEachNoticeArrivedOnce(Scalar("SELECT COUNT(*) FROM outbox WHERE kind IN ('alert', 'heads_up')"), inFlightNotices);
    }

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
