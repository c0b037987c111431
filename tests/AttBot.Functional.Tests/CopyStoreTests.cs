using System.Globalization;
using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using AttBot.Host.Composition;
using AttBot.Tests.PostgreSql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttBot.Functional.Tests;

/// <summary>
/// The move from SQLite to PostgreSQL: a store filled by the real bot (registrations, a conflict and its outbox, the audit
/// trail, profiles, roles, priorities, an export, a calendar feed, a language choice, the inbox) is copied with
/// <c>copy-store</c>, compared row by row, refused a second time, and then served by the bot on PostgreSQL.
/// </summary>
public sealed class CopyStoreTests : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private readonly string _database = ThrowawayCluster.Shared.CreateDatabase();
    private FakeConnector _connector = null!;

    private string Target => ThrowawayCluster.Shared.ConnectionString(_database);

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(_database);
    }

    private static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
            ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
            ["Outreach:OutboxPollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return settings;
    }

    private async Task<string> Say(HttpClient client, string userId, string name, string text)
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, text, userId, name, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        return call.Card is null ? call.Text ?? "" : call.CardJson;
    }

    [Fact]
    public async Task A_store_filled_by_the_bot_is_copied_row_by_row_refused_twice_and_served_on_PostgreSQL()
    {
        var sqlite = new AttBotApp(Settings()) { KeepDatabase = true };
        try
        {
            var client = sqlite.CreateClient();
            await Say(client, "29:maria", "Maria Lopez", "hello");
            Assert.Contains("regional champion", await Say(client, Secretariat, "Sam Secretariat", "grant champion Oceania <@29:maria|Maria Lopez>"));
            Assert.Contains("now in tier 2", await Say(client, Secretariat, "Sam Secretariat", "priority Thailand 2"));
            Assert.Contains("Alerts on", await Say(client, Secretariat, "Sam Secretariat", "subscribe alerts"));
            Assert.Contains("Registered OR-0001", await Say(client, "29:ana", "Ana Ruiz", $"register bilateral Tonga {ChatTestBase.Day(30)}..{ChatTestBase.Day(32)} topic accession as Mexico"));
            Assert.Contains("Registered OR-0002", await Say(client, "29:ben", "Ben Okafor", $"register workshop Tonga, Fiji {ChatTestBase.Day(40)} topic implementation as Control Arms"));
            await Say(client, "29:ben", "Ben Okafor", "confirm cancel OR-0002");
            await Say(client, Secretariat, "Sam Secretariat", "export csv");
            await Say(client, "29:ana", "Ana Ruiz", "calendar feed Oceania");
            await Say(client, "29:ana", "Ana Ruiz", "language fr");
            await Say(client, Secretariat, "Sam Secretariat", "set status Tonga signatory 2013-06-03");
            await Eventually.Holds(() => Count(sqlite.DatabasePath, "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL") == 0);
        }
        finally
        {
            await sqlite.DisposeAsync();
        }
        var source = sqlite.DatabasePath;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.True(CopyStoreCommand.Run(["--from", source, "--to", Target], output, error) == 0, error.ToString());
            var tables = SourceTables(source);
            foreach (var table in new[] { "outreach", "conflicts", "outbox", "audit_log", "user_profiles", "roles", "exports", "calendar_feeds", "inbox", "language_choices", "country_priorities" })
                Assert.True(Rows(source, table).Count > 0, $"The bot left {table} empty: the test would copy nothing there.");
            foreach (var table in tables)
                Assert.Equal(Rows(source, table), Rows(Target, table));

            // A second copy into the same target is refused, and changes nothing.
            var again = new StringWriter();
            Assert.Equal(1, CopyStoreCommand.Run(["--from", source, "--to", Target], new StringWriter(), again));
            Assert.Contains("not empty", again.ToString());
            foreach (var table in tables)
                Assert.Equal(Rows(source, table), Rows(Target, table));

            // The bot runs on the copy: the registrations are there, and new ids continue after the copied ones.
            await using var postgres = new AttBotApp(Settings(new() { ["Store:Provider"] = "PostgreSQL", ["ConnectionStrings:AttBot"] = Target }));
            var client = postgres.CreateClient();
            // Ana chose French before the copy: her choice came across with the status table.
            Assert.Contains("Signataire", await Say(client, "29:ana", "Ana Ruiz", "status Tonga"));
            Assert.Contains("Mexico", await Say(client, "29:zoe", "Zoe Park", "outreach Tonga"));
            Assert.Contains("Registered OR-0003", await Say(client, "29:zoe", "Zoe Park", $"register bilateral Samoa {ChatTestBase.Day(60)} topic accession as Mexico"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(sqlite.Directory, recursive: true); } catch (IOException) { }
        }
    }

    private static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    private static List<string> SourceTables(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        connection.Open();
        using var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'", connection);
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>Every row of a table as text, column by column in name order, sorted: the same in both engines when the copy is faithful.</summary>
    private static List<string> Rows(string pathOrConnectionString, string table)
    {
        using System.Data.Common.DbConnection connection = pathOrConnectionString.Contains('=')
            ? new NpgsqlConnection(pathOrConnectionString)
            : new SqliteConnection($"Data Source={pathOrConnectionString};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var columns = Enumerable.Range(0, reader.FieldCount).OrderBy(reader.GetName, StringComparer.Ordinal)
                .Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}");
            rows.Add(string.Join("|", columns));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
