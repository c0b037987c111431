using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// The real bot with Slack switched on against a fake Slack Web API on loopback, a fake Bot Connector for the Teams side,
/// and a client that signs every request as Slack does. People: Léa (U0LEA) and the Secretariat member Sam (U0SAM) on
/// Slack, Ana (29:ana) and the Secretariat member 29:secretariat-1 on Teams.
/// </summary>
public abstract class SlackTestBase : IAsyncLifetime
{
    public const string SigningSecret = "test-signing-secret";
    public const string SlackSecretariat = "U0SAM";
    public const string TeamsSecretariat = "29:secretariat-1";
    public const string Team = "T0ATT";

    protected AttBotApp App { get; private set; } = null!;
    protected FakeSlackApi Slack { get; private set; } = null!;
    protected FakeConnector Connector { get; private set; } = null!;
    /// <summary>Signs as Slack: the door every Slack test goes through.</summary>
    protected HttpClient SlackClient { get; private set; } = null!;
    protected SlackSigningHandler Signer { get; } = new(SigningSecret);
    /// <summary>Plain client for Teams activities and unsigned requests.</summary>
    protected HttpClient Client { get; private set; } = null!;

    protected virtual Dictionary<string, string?> Settings(FakeSlackApi slack) => new()
    {
        ["Slack:SigningSecret"] = SigningSecret,
        ["Slack:BotToken"] = "xoxb-test-token",
        ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(TeamsSecretariat),
        ["Roles:Secretariat:1"] = $"slack:{Team}/{SlackSecretariat}",
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    /// <summary>The bot's clock; null for the real one.</summary>
    protected virtual TimeProvider? Time => null;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackApi.StartAsync();
        Slack.Names["U0LEA"] = "Léa Martin";
        Slack.Names[SlackSecretariat] = "Sam Secretariat";
        // The alerts channel of these tests is the Secretariat's own: its alerts show restricted records whole.
        Slack.Members["C0ALERTS"] = [SlackSecretariat];
        Connector = await FakeConnector.StartAsync();
        App = new AttBotApp(Settings(Slack), time: Time);
        Client = App.CreateClient();
        SlackClient = App.CreateDefaultClient(Signer);
    }

    public async Task DisposeAsync()
    {
        foreach (var line in App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))
            Console.WriteLine(line);
        var broken = Slack.Calls.Where(c => c.Violations.Count > 0).ToList();
        await App.DisposeAsync();
        await Slack.DisposeAsync();
        await Connector.DisposeAsync();
        // Every payload the bot sent Slack must have been within Block Kit's limits.
        Assert.Empty(broken.SelectMany(c => c.Violations.Select(v => $"{c.Method}: {v}")));
    }

    /// <summary>Runs "/att &lt;text&gt;" as Slack posts it; the answer goes to the response_url named after <paramref name="id"/>.</summary>
    protected Task<HttpResponseMessage> Command(string text, string user = "U0LEA", string channel = "D0LEA", string? id = null, string? triggerId = null, string userName = "lea",
        string team = Team)
    {
        id ??= Guid.NewGuid().ToString("N");
        return SlackClient.PostAsync("/api/slack/commands", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = "deprecated", ["team_id"] = team, ["team_domain"] = "att", ["channel_id"] = channel,
            ["channel_name"] = channel.StartsWith('D') ? "directmessage" : "outreach", ["user_id"] = user, ["user_name"] = userName,
            ["command"] = "/att", ["text"] = text, ["response_url"] = Slack.ResponseUrl(id), ["trigger_id"] = triggerId ?? $"trigger-{id}",
        }));
    }

    /// <summary>Runs the command and returns the answer to it.</summary>
    protected async Task<SlackCall> Ask(string text, string user = "U0LEA", string channel = "D0LEA")
    {
        var id = Guid.NewGuid().ToString("N");
        var response = await Command(text, user, channel, id);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Slack.ResponseTo(id);
    }

    protected Task<HttpResponseMessage> Interaction(JsonObject payload) =>
        SlackClient.PostAsync("/api/slack/interactions", new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = payload.ToJsonString() }));

    /// <summary>A button click as Slack sends it (block_actions), answered through the response_url named after <paramref name="id"/>.</summary>
    protected Task<HttpResponseMessage> Click(string actionId, string value, string user, string id, string channel = "C0ALERTS") =>
        Interaction(ClickPayload(actionId, value, user, id, channel));

    /// <summary>The block_actions payload of <see cref="Click"/>; its action_ts is "1700000000.<paramref name="id"/>".</summary>
    protected JsonObject ClickPayload(string actionId, string value, string user, string id, string channel = "C0ALERTS") => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "someone", ["team_id"] = "T0ATT" },
        ["channel"] = new JsonObject { ["id"] = channel },
        ["trigger_id"] = $"trigger-{id}",
        ["response_url"] = Slack.ResponseUrl(id),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = value, ["action_ts"] = $"1700000000.{id}",
        }),
    };

    protected Task<HttpResponseMessage> Event(JsonObject envelope, int? retryNum = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events")
        {
            Content = new StringContent(envelope.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }
        return SlackClient.SendAsync(request);
    }

    public static JsonObject MessageEvent(string eventId, string text, string user = "U0LEA", string channel = "D0LEA", string type = "message", string channelType = "im") => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0ATT",
        ["api_app_id"] = "A0ATT",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject
        {
            ["type"] = type, ["user"] = user, ["text"] = text, ["channel"] = channel, ["channel_type"] = channelType,
            ["ts"] = "1700000000.000100", ["event_ts"] = "1700000000.000100",
        },
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T0ATT", ["user_id"] = "U0BOT", ["is_bot"] = true }),
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _markerAnswers = new();

    /// <summary>
    /// Waits until the bot has answered a marker: "/att help" from the same person (workspace and user). One person's
    /// Slack work runs in the order it came, so by the time the marker is answered, whatever that person's earlier
    /// requests would have sent has been sent. Count with <see cref="CallsBesideMarkers"/>. Outbox deliveries (alerts,
    /// heads-ups) are not that person's work: wait for <see cref="OutboxEmpty"/> when they matter.
    /// </summary>
    protected async Task Settled(string user = "U0LEA", string channel = "D0LEA")
    {
        var id = "marker-" + Guid.NewGuid().ToString("N");
        _markerAnswers[$"/response/{id}"] = 0;
        Assert.Equal(HttpStatusCode.OK, (await Command("help", user, channel, id)).StatusCode);
        await Slack.ResponseTo(id);
    }

    /// <summary>The calls the bot made to Slack, the answers to markers (<see cref="Settled"/>) left out.</summary>
    protected IReadOnlyList<SlackCall> CallsBesideMarkers => Slack.Calls.Where(c => !_markerAnswers.ContainsKey(c.Path)).ToList();

    /// <summary>Waits until every alert, heads-up and note written so far has been delivered or given up.</summary>
    protected Task OutboxEmpty() => BotTestBase.OutboxEmpty(App.DatabasePath);

    /// <summary>Rows in a table of the bot's database, read straight from the file.</summary>
    protected long CountRows(string table, string where = "1 = 1")
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }
}
