using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Tests.PostgreSql;
using Npgsql;

namespace AttBot.Functional.Tests;

/// <summary>
/// The real bot on PostgreSQL (Store:Provider = PostgreSQL) in a database of its own in the run's throwaway cluster: it
/// migrates and seeds that database at start, answers a status, registers, and warns both sides of a conflict.
/// </summary>
public sealed class PostgreSqlHostTests : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private readonly string _database = ThrowawayCluster.Shared.CreateDatabase();
    private readonly AttBotApp _app;
    private FakeConnector _connector = null!;
    private HttpClient _client = null!;

    public PostgreSqlHostTests()
    {
        _app = new AttBotApp(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "PostgreSQL",
            ["ConnectionStrings:AttBot"] = ConnectionString,
            ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
            ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
            ["Outreach:OutboxPollInterval"] = "00:00:00.100",
        });
    }

    private string ConnectionString => ThrowawayCluster.Shared.ConnectionString(_database);

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in _app.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))
            Console.WriteLine(line);
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(_database);
    }

    private async Task<ConnectorCall> Say(string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await _client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    private long CountRows(string table, string where)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table} WHERE {where}", connection);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task On_PostgreSQL_the_bot_answers_a_status_registers_and_warns_both_sides_of_a_conflict()
    {
        var status = await Say("29:ana", "Ana Ruiz", "status Ecuador");
        Assert.Contains("State Party", status.CardJson);

        var subscribed = await Say(Secretariat, "Sam Secretariat", "subscribe alerts");
        Assert.Contains("Alerts on", subscribed.CardJson + subscribed.Text);

        var first = await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {OutreachRegistrationTests.Day(30)}..{OutreachRegistrationTests.Day(32)} topic accession as Mexico");
        Assert.Contains("Registered OR-0001", first.CardJson);

        var before = _connector.Calls.Count;
        var second = await Say("29:ben", "Ben Okafor", $"register workshop Tonga, Fiji {OutreachRegistrationTests.Day(40)} topic implementation as Control Arms");
        Assert.Contains("Registered OR-0002", second.CardJson);
        Assert.Contains("Ana Ruiz", second.CardJson);

        // The reply, Ana's heads-up and the Secretariat's alert.
        var calls = await _connector.WaitForCallsAsync(before + 3, TimeSpan.FromSeconds(10));
        var headsUp = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:ana")}/activities");
        Assert.Contains("Ben Okafor", headsUp.CardJson);
        var alert = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:secretariat-1")}/activities");
        Assert.Contains("Ana Ruiz", alert.CardJson);
        await Eventually.Holds(() => CountRows("outbox", "delivered_at IS NULL AND failed_at IS NULL") == 0);
        Assert.Equal(1, CountRows("conflicts", "true"));
        Assert.Equal(2, CountRows("audit_log", "action = 'outreach.registered'"));
    }
}
