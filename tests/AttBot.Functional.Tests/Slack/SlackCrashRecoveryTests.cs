using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// Nothing acknowledged on Slack is lost: a real bot process, with Slack on against the fake Web API, is killed with
/// SIGKILL after acknowledging a registration typed in a direct message, and started again on the same SQLite file.
/// </summary>
public sealed class SlackCrashRecoveryTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attbot-crash-tests", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly HttpClient _signed = new(new SlackSigningHandler(SlackTestBase.SigningSecret) { InnerHandler = new HttpClientHandler() })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    private FakeSlackApi _slack = null!;
    private string DatabasePath => Path.Combine(_folder, "attbot.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _signed.Dispose();
        await _slack.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private BotProcess StartBot() => BotProcess.Start(DatabasePath, $"--Slack:SigningSecret={SlackTestBase.SigningSecret}",
        "--Slack:BotToken=xoxb-test-token", $"--Slack:ApiBaseUrl={_slack.ApiBaseUrl}", "--Bot:RateLimit:MessagesPerMinute=0");

    private async Task<HttpResponseMessage> SendEventAsync(BotProcess bot, JsonObject envelope, int? retryNum = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{bot.BaseAddress}/api/slack/events")
        {
            Content = new StringContent(envelope.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return await _signed.SendAsync(request);
    }

    [Fact]
    public async Task A_registration_typed_in_a_direct_message_and_acknowledged_before_a_kill_is_stored_once_and_confirmed_after_the_restart()
    {
        var message = SlackTestBase.MessageEvent("EvKill", $"register bilateral Fiji {ChatTestBase.Day(30)}..{ChatTestBase.Day(32)} as Mexico");
        using var first = StartBot();
        await first.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));
        // Slack holds the answer back (429, retry after 20 s): the registration is stored and its confirmation not yet sent.
        _slack.Script("chat.postMessage", (HttpStatusCode.TooManyRequests, "20", null));

        Assert.Equal(HttpStatusCode.OK, (await SendEventAsync(first, message)).StatusCode);
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Status == 429 && c.Shown.Contains("Registered OR-"), TimeSpan.FromSeconds(30));
        first.KillHard();
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = 'slack|event|EvKill'"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM inbox WHERE source_key = 'slack|event|EvKill' AND finished_at IS NULL"));

        using var second = StartBot();
        await second.WaitReadyAsync(_http, TimeSpan.FromSeconds(60));
        var confirmation = await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Status == 200 && c.Shown.Contains("Registered OR-"), TimeSpan.FromSeconds(30));
        Assert.Equal("D0LEA", confirmation.Body["channel"]?.GetValue<string>());
        await Eventually.Holds(() => Scalar("SELECT COUNT(*) FROM inbox WHERE finished_at IS NULL") == 0, seconds: 30);

        // A late retry of the same event by Slack is acknowledged and does nothing: still one registration, one inbox row.
        Assert.Equal(HttpStatusCode.OK, (await SendEventAsync(second, message, retryNum: 2)).StatusCode);
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM outreach WHERE source_key = 'slack|event|EvKill'"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM inbox WHERE source_key = 'slack|event|EvKill'"));
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
