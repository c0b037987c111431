using System.Net;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>Expired export files leave the database on a timer, with a clock the test moves; no other export is needed.</summary>
public sealed class ExportSweepTests : IAsyncLifetime
{
    private const string Secretariat = "29:secretariat-1";
    private readonly MovableTime _time = new();
    private AttBotApp _app = null!;
    private FakeConnector _connector = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new AttBotApp(new()
        {
            ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
            ["Exports:PublicBaseUrl"] = "http://bot.example.test",
            ["Exports:SweepInterval"] = "00:00:00.100",
        }, time: _time);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private long Exports()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM exports";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task An_expired_export_file_is_deleted_without_waiting_for_the_next_export()
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await _client.PostActivityAsync(Activities.MessageFrom(_connector.ServiceUrl, "export csv", Secretariat, "Sam Secretariat", id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
        Assert.NotNull(reply.Card);
        Assert.Equal(1, Exports());

        _time.MoveTo(DateTimeOffset.UtcNow.AddMinutes(16));

        await Eventually.Holds(() => Exports() == 0);
        var link = new Uri(reply.Card!["actions"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(link.PathAndQuery)).StatusCode);
    }
}
