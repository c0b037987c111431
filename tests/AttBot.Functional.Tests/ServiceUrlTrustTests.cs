using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>
/// The bot's own token goes only to service URLs that an authenticated activity's token vouched for. That trust is
/// stored with the conversation, so after a restart, before any new activity arrives, the outbox still knows where the
/// token may go, and where it may not.
/// </summary>
public sealed class ServiceUrlTrustTests : IAsyncLifetime
{
    private const string AppId = "7c3a1e4e-0000-4000-8000-000000000002";
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private RSA _key = null!;
    private AttBotApp _app = null!;
    private HttpClient _client = null!;

    private string HeadsUpToAna => $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-29:ana")}/activities";

    private Dictionary<string, string?> Settings() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = _openId.TokenUrl,
        ["Outreach:OutboxRetryDelay"] = "00:00:00.500",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _key = _openId.AddKey("key-1", "msteams");
        _connector = await FakeConnector.StartAsync();
        _app = new AttBotApp(Settings());
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    /// <summary>An authenticated message from the person's 1:1 chat; returns the bot's reply.</summary>
    private async Task<ConnectorCall> Say(string userId, string name, string text)
    {
        var activity = Activities.MessageFrom(_connector.ServiceUrl, text, userId, name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + FakeOpenIdServer.Token(_key, "key-1", FakeOpenIdServer.ValidClaims(AppId, _connector.ServiceUrl)));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
        var id = activity["id"]!.GetValue<string>();
        return await _connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == id);
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static Task WaitUntil(Func<bool> condition, int seconds = 10) => Eventually.Holds(condition, seconds);

    /// <summary>
    /// Ana's heads-up fails while the first instance runs; then the bot restarts on the same database and no activity
    /// arrives before the outbox tries again.
    /// </summary>
    private async Task<AttBotApp> RestartWithHeadsUpPending(string? beforeRestartSql = null)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Say("29:ana", "Ana Ruiz", $"register bilateral Tonga {day} as Mexico");
        _connector.FailPath(HeadsUpToAna, times: 1_000);
        await Say("29:ben", "Ben Okafor", $"register call Tonga {day} as Control Arms");
        await WaitUntil(() => Scalar("SELECT COUNT(*) FROM outbox WHERE attempts > 0") > 0);

        _app.KeepDatabase = true;
        await _app.DisposeAsync();
        _connector.FailPath(HeadsUpToAna, times: 0);
        if (beforeRestartSql is not null)
            Scalar(beforeRestartSql + "; SELECT 0");
        var restarted = new AttBotApp(Settings(), _app.Directory);
        restarted.CreateClient(); // starts the host, and with it the outbox dispatcher
        return restarted;
    }

    [Fact]
    public async Task Conversations_from_authenticated_activities_are_stored_as_trusted()
    {
        await Say("29:ana", "Ana Ruiz", "status Tonga");
        // The reference is stored without holding up the answer (Welcome.Remember): wait for the write.
        await WaitUntil(() => Scalar("SELECT COUNT(*) FROM conversations WHERE service_url_trusted = 1") == 1);
    }

    [Fact]
    public async Task After_a_restart_the_outbox_sends_the_token_to_a_stored_trusted_service_url()
    {
        await using var restarted = await RestartWithHeadsUpPending();

        var delivered = await _connector.WaitForAsync(c => c.Path == HeadsUpToAna && c.Status == 200, TimeSpan.FromSeconds(20));
        Assert.StartsWith("Bearer ", delivered.Authorization);
        Assert.Contains("Ben Okafor", delivered.CardJson);
    }

    [Fact]
    public async Task After_a_restart_a_service_url_never_vouched_for_gets_no_token_and_nothing_is_sent()
    {
        // As if the reference had been written by a run without authentication.
        await using var restarted = await RestartWithHeadsUpPending("UPDATE conversations SET service_url_trusted = 0");
        var callsBefore = _connector.Calls.Count;

        await WaitUntil(() => Scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL AND last_error LIKE '%vouched%'") == 1, seconds: 20);
        Assert.DoesNotContain(_connector.Calls.Skip(callsBefore), c => c.Path == HeadsUpToAna);
    }
}
