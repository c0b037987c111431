using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AttBot.Functional.Tests.Slack;

/// <summary>One call the bot made to Slack: a Web API method, or a post to a response_url ("response").</summary>
public sealed record SlackCall(string Method, string Path, string? Authorization, JsonObject Body, int Status, IReadOnlyList<string> Violations)
{
    /// <summary>The payload as the person would read it: the text and the blocks, with "<", "&amp;" and "“" unescaped.</summary>
    public string Shown => Body.ToJsonString(Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>
/// Slack's Web API and response URLs played by a real HTTP server on 127.0.0.1. It records every call, checks every
/// message and modal against Block Kit's limits (answering invalid_blocks as Slack would), names people for
/// users.info, and answers whatever a test scripts: a 429 with Retry-After, or an ok:false error.
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter, string? Error)>> _scripted = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _ts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/";
    public IReadOnlyList<SlackCall> Calls => _calls.ToArray();
    /// <summary>What users.info answers as each person's display name.</summary>
    public ConcurrentDictionary<string, string> Names { get; } = new();

    /// <summary>What users.info answers as each person's locale (include_locale); en-US for anyone not listed.</summary>
    public ConcurrentDictionary<string, string> Locales { get; } = new();

    /// <summary>
    /// Who is in each channel, served by conversations.members two a page (cursor-paginated, as Slack does), the bot
    /// (U0BOT, as auth.test says) always among them. A channel not listed answers channel_not_found.
    /// </summary>
    public ConcurrentDictionary<string, string[]> Members { get; } = new();

    /// <summary>The channels whose members were read, kept apart from <see cref="Calls"/> so that message counts stay as they were.</summary>
    public IReadOnlyList<string> MemberReads => _memberReads.ToArray();
    private readonly ConcurrentQueue<string> _memberReads = new();

    public string ResponseUrl(string id) => $"{BaseUrl}/response/{id}";

    public static async Task<FakeSlackApi> StartAsync()
    {
        var app = LoopbackServer.Create();
        var slack = new FakeSlackApi(app);
        app.MapPost("/api/{method}", (Func<HttpContext, string, Task>)slack.WebApiAsync);
        app.MapPost("/response/{id}", (Func<HttpContext, string, Task>)slack.ResponseAsync);
        await app.StartAsync();
        slack.BaseUrl = LoopbackServer.AddressOf(app);
        return slack;
    }

    /// <summary>The next calls of <paramref name="method"/> get these answers, in order; then normal answers again.</summary>
    public void Script(string method, params (HttpStatusCode Status, string? RetryAfter, string? Error)[] answers)
    {
        var queue = _scripted.GetOrAdd(method, _ => new());
        foreach (var answer in answers)
            queue.Enqueue(answer);
    }

    private async Task WebApiAsync(HttpContext http, string method)
    {
        JsonObject body;
        if (http.Request.HasFormContentType)
            body = new JsonObject((await http.Request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value.ToString()))));
        else
            body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];

        if (method is "conversations.members" or "auth.test")
        {
            await ServeReadAsync(http, method, body);
            return;
        }

        var violations = method switch
        {
            "chat.postMessage" or "chat.postEphemeral" => BlockKitLimits.CheckMessage(body),
            "views.open" => body["view"] is JsonObject view ? BlockKitLimits.CheckModal(view) : ["view: missing"],
            "views.publish" => body["view"] is JsonObject home ? SlackHome.Check(home) : ["view: missing"],
            _ => [],
        };
        var (status, retryAfter, error) = _scripted.TryGetValue(method, out var queue) && queue.TryDequeue(out var next)
            ? next
            : (HttpStatusCode.OK, null, violations.Count > 0 ? "invalid_blocks" : null);
        if (http.Request.Headers.Authorization != "Bearer xoxb-test-token")
            error = "invalid_auth";
        Record(new SlackCall(method, http.Request.Path, http.Request.Headers.Authorization, body, (int)status, violations));

        http.Response.StatusCode = (int)status;
        if (retryAfter is not null)
            http.Response.Headers.RetryAfter = retryAfter;
        if (status != HttpStatusCode.OK)
            return;
        if (error is not null)
        {
            await http.Response.WriteAsJsonAsync(new { ok = false, error, response_metadata = new { messages = violations } });
            return;
        }
        await http.Response.WriteAsJsonAsync(method switch
        {
            "users.info" => (object)new
            {
                ok = true,
                // As Slack: the locale only when include_locale is asked for.
                user = new
                {
                    id = body["user"]?.ToString(), name = "handle",
                    locale = body["include_locale"]?.ToString() == "true" ? Locales.GetValueOrDefault(body["user"]?.ToString() ?? "", "en-US") : null,
                    profile = new { display_name = Names.GetValueOrDefault(body["user"]?.ToString() ?? "", ""), real_name = "Real Name" },
                },
            },
            "views.open" => new { ok = true, view = new { id = "V0FORM" } },
            _ => new { ok = true, channel = body["channel"]?.ToString(), ts = $"1700000000.{Interlocked.Increment(ref _ts):D6}" },
        });
    }

    private async Task ServeReadAsync(HttpContext http, string method, JsonObject body)
    {
        if (http.Request.Headers.Authorization != "Bearer xoxb-test-token")
        {
            await http.Response.WriteAsJsonAsync(new { ok = false, error = "invalid_auth" });
            return;
        }
        if (method == "auth.test")
        {
            await http.Response.WriteAsJsonAsync(new { ok = true, user_id = "U0BOT", team_id = "T0ATT" });
            return;
        }
        var channel = body["channel"]?.ToString() ?? "";
        _memberReads.Enqueue(channel);
        if (!Members.TryGetValue(channel, out var members))
        {
            await http.Response.WriteAsJsonAsync(new { ok = false, error = "channel_not_found" });
            return;
        }
        string[] all = ["U0BOT", .. members];
        var start = int.TryParse(body["cursor"]?.ToString(), out var cursor) ? cursor : 0;
        var next = start + 2 < all.Length ? (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        await http.Response.WriteAsJsonAsync(new { ok = true, members = all.Skip(start).Take(2), response_metadata = new { next_cursor = next } });
    }

    private async Task ResponseAsync(HttpContext http, string id)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        var violations = BlockKitLimits.CheckMessage(body);
        Record(new SlackCall("response", http.Request.Path, http.Request.Headers.Authorization, body, violations.Count > 0 ? 400 : 200, violations));
        if (violations.Count > 0)
        {
            http.Response.StatusCode = 400;
            await http.Response.WriteAsync("invalid_blocks");
            return;
        }
        await http.Response.WriteAsync("ok");
    }

    private void Record(SlackCall call)
    {
        _calls.Enqueue(call);
        _arrived.Release();
    }

    /// <summary>Waits for the first call that matches; fails the test on timeout.</summary>
    public Task<SlackCall> WaitForAsync(Func<SlackCall, bool> match, TimeSpan? timeout = null) =>
        Eventually.FirstAsync(() => Calls, match, _arrived, timeout, "Slack call", c => c.Method + " " + c.Path);

    /// <summary>The answer posted to the response_url with this id.</summary>
    public Task<SlackCall> ResponseTo(string id) => WaitForAsync(c => c.Method == "response" && c.Path == $"/response/{id}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
