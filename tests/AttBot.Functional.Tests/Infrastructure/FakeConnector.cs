using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>One call the bot made to the Connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string? Authorization, JsonNode? Body, int Status)
{
    public string? Text => Body?["text"]?.GetValue<string>();
    public JsonNode? Card => Body?["attachments"]?[0]?["content"];
    /// <summary>The card as text, with its words unescaped ("·", "越南") so tests can look for what a user reads.</summary>
    public string CardJson => Card?.ToJsonString(Readable) ?? "";

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>
/// A real HTTP server on 127.0.0.1 that plays the Bot Connector: records every call and answers with
/// whatever statuses a test scripts (default 200 with a resource id).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> _scripted = new();
    private readonly ConcurrentDictionary<string, int> _failuresByPath = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<string, byte> _hangingPaths = new();
    private readonly TaskCompletionSource _endHang = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _ids;
    private int _hanging;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>
    /// Who is in each conversation (or team), served by GET …/pagedmembers two members a page, so that paging is
    /// exercised. A conversation not listed answers 404, as the Connector does for one the bot is not in.
    /// </summary>
    public ConcurrentDictionary<string, (string Id, string Name, string? AadObjectId)[]> Rosters { get; } = new();

    /// <summary>Members' sign-in names (userPrincipalName) by user id, served in rosters as Teams serves them.</summary>
    public ConcurrentDictionary<string, string> SignInNames { get; } = new();

    /// <summary>The roster reads, kept apart from <see cref="Calls"/> (the messages) so that message counts stay as they were.</summary>
    public IReadOnlyList<string> RosterReads => _rosterReads.ToArray();
    private readonly ConcurrentQueue<string> _rosterReads = new();
    public IReadOnlyList<ConnectorCall> Calls => _calls.ToArray();

    public static async Task<FakeConnector> StartAsync()
    {
        var app = LoopbackServer.Create();
        var connector = new FakeConnector(app);
        app.Map("/{**path}", connector.HandleAsync);
        await app.StartAsync();
        connector.ServiceUrl = LoopbackServer.AddressOf(app) + "/_connector/";
        return connector;
    }

    /// <summary>The next calls get these statuses, in order; afterwards the connector answers 200 again.</summary>
    public void Script(params (HttpStatusCode Status, string? RetryAfter)[] responses)
    {
        foreach (var r in responses)
            _scripted.Enqueue(r);
    }

    /// <summary>Calls whose path contains <paramref name="pathFragment"/> fail with 503 the next <paramref name="times"/> times (an outage of one conversation).</summary>
    public void FailPath(string pathFragment, int times) => _failuresByPath[pathFragment] = times;

    /// <summary>Calls whose path contains <paramref name="pathFragment"/> get no answer until <see cref="EndHangs"/> (a Connector that hangs).</summary>
    public void HangPath(string pathFragment) => _hangingPaths[pathFragment] = 0;

    /// <summary>Calls being held right now by <see cref="HangPath"/>.</summary>
    public int Hanging => Volatile.Read(ref _hanging);

    /// <summary>The hanging calls are answered (200) and no new call hangs.</summary>
    public void EndHangs()
    {
        _hangingPaths.Clear();
        _endHang.TrySetResult();
    }

    private bool TakeFailure(string path)
    {
        foreach (var (fragment, left) in _failuresByPath)
        {
            if (left > 0 && path.Contains(fragment, StringComparison.Ordinal) && _failuresByPath.TryUpdate(fragment, left - 1, left))
                return true;
        }
        return false;
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (http.Request.Method == "GET" && http.Request.Path.Value?.EndsWith("/pagedmembers", StringComparison.Ordinal) == true)
        {
            await ServeRosterAsync(http);
            return;
        }
        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
            body = await JsonNode.ParseAsync(http.Request.Body);
        // The raw target, as sent: ASP.NET Core decodes Request.Path, and the escaping is part of what is tested.
        var rawPath = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        var failPath = TakeFailure(rawPath);
        (HttpStatusCode Status, string? RetryAfter) scripted = (HttpStatusCode.OK, null);
        if (failPath)
            scripted = (HttpStatusCode.ServiceUnavailable, null);
        else if (_scripted.TryDequeue(out var next))
            scripted = next;
        _calls.Enqueue(new ConnectorCall(http.Request.Method, rawPath, http.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body, (int)scripted.Status));
        _arrived.Release();
        if (_hangingPaths.Keys.Any(fragment => rawPath.Contains(fragment, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _hanging);
            try
            {
                await _endHang.Task.WaitAsync(http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the bot gave up waiting
            }
            finally
            {
                Interlocked.Decrement(ref _hanging);
            }
        }

        if (scripted.Status != HttpStatusCode.OK)
        {
            if (scripted.RetryAfter is not null)
                http.Response.Headers.RetryAfter = scripted.RetryAfter;
            http.Response.StatusCode = (int)scripted.Status;
            await http.Response.WriteAsJsonAsync(new { error = new { code = scripted.Status.ToString(), message = "scripted failure" } });
            return;
        }
        await http.Response.WriteAsJsonAsync(new { id = $"reply-{Interlocked.Increment(ref _ids)}" });
    }

    private async Task ServeRosterAsync(HttpContext http)
    {
        // ".../v3/conversations/{id}/pagedmembers": the id is the segment before the last one, escaped.
        var segments = http.Request.Path.Value!.Split('/');
        var conversationId = Uri.UnescapeDataString(segments[^2]);
        _rosterReads.Enqueue(conversationId);
        if (!Rosters.TryGetValue(conversationId, out var members))
        {
            http.Response.StatusCode = 404;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "ConversationNotFound", message = "Conversation not found." } });
            return;
        }
        var start = int.TryParse(http.Request.Query["continuationToken"], out var s) ? s : 0;
        var page = members.Skip(start).Take(2).Select(m => new JsonObject
        {
            ["id"] = m.Id, ["name"] = m.Name, ["aadObjectId"] = m.AadObjectId,
            ["userPrincipalName"] = SignInNames.TryGetValue(m.Id, out var upn) ? upn : null,
        }).ToArray();
        var next = start + 2 < members.Length ? (start + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        await http.Response.WriteAsJsonAsync(new { members = page, continuationToken = next });
    }

    /// <summary>Waits until at least <paramref name="count"/> calls arrived; fails the test on timeout.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"Expected {count} Connector call(s), got {_calls.Count}: {string.Join("; ", Calls.Select(c => c.Method + " " + c.Path))}");
        }
        return Calls;
    }

    /// <summary>Waits for the first call that matches; fails the test on timeout.</summary>
    public Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null) =>
        Eventually.FirstAsync(() => Calls, match, _arrived, timeout, "Connector call", c => c.Method + " " + c.Path);

    public async Task<ConnectorCall> WaitForOneAsync()
    {
        var calls = await WaitForCallsAsync(1);
        return calls[0];
    }

    /// <summary>
    /// Asserts that the bot made exactly <paramref name="expectedTotal"/> calls once it has answered a marker: a later
    /// message in the same conversation, which <paramref name="sendMarker"/> posts with the activity id it is given. The
    /// bot runs one conversation's turns one after another, in the order they came, so by the time the marker's reply
    /// goes out, whatever the earlier activities would have sent has been sent. Calls made for markers (the reply and
    /// any retry of it) are not counted. Outbox deliveries (alerts, heads-ups, notes) are not turns: wait for the outbox
    /// to be empty as well when they matter.
    /// </summary>
    public async Task AssertNoMoreCallsAsync(int expectedTotal, Func<string, Task> sendMarker)
    {
        await MarkerAnsweredAsync(sendMarker);
        Assert.Equal(expectedTotal, CallsBesideMarkers.Count);
    }

    /// <summary>Sends a marker (see <see cref="AssertNoMoreCallsAsync"/>) and waits for the bot's reply to it.</summary>
    public async Task MarkerAnsweredAsync(Func<string, Task> sendMarker)
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        _markers[marker] = 0;
        await sendMarker(marker);
        await WaitForAsync(c => ReplyTo(c) == marker);
    }

    /// <summary>The calls the bot made, those made for markers (<see cref="AssertNoMoreCallsAsync"/>) left out.</summary>
    public IReadOnlyList<ConnectorCall> CallsBesideMarkers => Calls.Where(c => ReplyTo(c) is not { } id || !_markers.ContainsKey(id)).ToList();

    private readonly ConcurrentDictionary<string, byte> _markers = new();

    private static string? ReplyTo(ConnectorCall call) => call.Body?["replyToId"]?.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        EndHangs();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
