using AttBot.Functional.Tests.Infrastructure;
using AttBot.Tests.PostgreSql;
using Npgsql;

namespace AttBot.Functional.Tests;

/// <summary>
/// The real bot on PostgreSQL (Store:Provider = PostgreSQL) in a database of its own in the run's throwaway cluster: it
/// migrates and seeds that database at start, answers a status, registers, and warns both sides of a conflict.
/// </summary>
public sealed class PostgreSqlHostTests : ChatTestBase
{
    private const string Secretariat = "29:secretariat-1";
    private readonly string _database;

    public PostgreSqlHostTests() : this(ThrowawayCluster.Shared.CreateDatabase()) { }

    private PostgreSqlHostTests(string database) : base(new Dictionary<string, string?>
    {
        ["Store:Provider"] = "PostgreSQL",
        ["ConnectionStrings:AttBot"] = ThrowawayCluster.Shared.ConnectionString(database),
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    }) => _database = database;

    private string ConnectionString => ThrowawayCluster.Shared.ConnectionString(_database);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(_database);
    }

    /// <summary>Rows in a table of the bot's PostgreSQL database.</summary>
    private long RowsIn(string table, string where)
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

        var before = Connector.Calls.Count;
        var second = await Say("29:ben", "Ben Okafor", $"register workshop Tonga, Fiji {OutreachRegistrationTests.Day(40)} topic implementation as Control Arms");
        Assert.Contains("Registered OR-0002", second.CardJson);
        Assert.Contains("Ana Ruiz", second.CardJson);

        // The reply, Ana's heads-up and the Secretariat's alert.
        var calls = await Connector.WaitForCallsAsync(before + 3, TimeSpan.FromSeconds(10));
        var headsUp = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:ana")}/activities");
        Assert.Contains("Ben Okafor", headsUp.CardJson);
        var alert = Assert.Single(calls, c => c.Path == $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:secretariat-1")}/activities");
        Assert.Contains("Ana Ruiz", alert.CardJson);
        await Eventually.Holds(() => RowsIn("outbox", "delivered_at IS NULL AND failed_at IS NULL") == 0);
        Assert.Equal(1, RowsIn("conflicts", "true"));
        Assert.Equal(2, RowsIn("audit_log", "action = 'outreach.registered'"));
    }
}
