using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttBot.Bench;

/// <summary>When a reply reached the Connector, whether it named the activity it answers, and whether it said what was expected.</summary>
/// <c>Unexpected</c>: the start of a reply that did not say what was expected, to show what it said instead.
public readonly record struct ReplyArrival(long Timestamp, bool ReplyToIdMatches, bool ContentMatches, string? Unexpected = null);

/// <summary>
/// A message the bot sent on its own (send-to-conversation: alerts, heads-ups), reduced to what the exactly-once check
/// needs: where it went, the conflict ids its buttons carry ("conflictId") and the registrations it names ("OR-0042").
/// </summary>
public sealed record ProactiveMessage(string ConversationId, IReadOnlyList<long> ConflictIds, IReadOnlyList<long> RegistrationIds, string Text);

/// <summary>
/// The Bot Connector, played by Kestrel on 127.0.0.1 inside the bench: takes the bot's
/// POST v3/conversations/{id}/activities/{replyToId}, stamps its arrival for the user waiting on that activity,
/// and answers 200 with a resource id. Replies nobody waits for (late, duplicate, or not a reply) are counted as strays.
/// While <see cref="RecordProactive"/> is on, send-to-conversation messages are kept for the registration scenario's
/// alert check instead (they are the outbox's deliveries there).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private const string BasePath = "/_connector/";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Waiter> _waiting = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ProactiveMessage> _proactive = new();
    private long _replies;
    private long _strays;

    private sealed record Waiter(TaskCompletionSource<ReplyArrival> Arrival, byte[]? MustContain);

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public long Strays => Interlocked.Read(ref _strays);

    /// <summary>Keep send-to-conversation messages (alerts, heads-ups) rather than counting them as strays.</summary>
    public bool RecordProactive { get; set; }

    /// <summary>
    /// Who is in each shared conversation, served by GET …/pagedmembers in one page. The bot reads a channel's members
    /// before it says how much the channel may read (the audience rule); a conversation not listed answers 404.
    /// </summary>
    public ConcurrentDictionary<string, Sender[]> Rosters { get; } = new();

    /// <summary>The send-to-conversation messages kept since the last call, in arrival order.</summary>
    public IReadOnlyList<ProactiveMessage> TakeProactive()
    {
        var taken = new List<ProactiveMessage>(_proactive.Count);
        while (_proactive.TryDequeue(out var message))
            taken.Add(message);
        return taken;
    }

    /// <summary>How many send-to-conversation messages are kept right now (to see when deliveries stop).</summary>
    public int ProactiveCount => _proactive.Count;

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        // No content root to watch: a recursive file watcher on the bench's working folder would see every write
        // there (the bot's database, a build next door) and add work to the very cores being measured.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost(BasePath + "v3/conversations/{conversationId}/activities/{activityId}", connector.ReplyToActivityAsync);
        app.MapPost(BasePath + "v3/conversations/{conversationId}/activities", connector.SendToConversationAsync);
        app.MapGet(BasePath + "v3/conversations/{conversationId}/pagedmembers", connector.ServeRoster);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + BasePath;
        return connector;
    }

    /// <summary>
    /// Call before sending the activity: its reply may reach the Connector before the bot's 200 reaches the user.
    /// With <paramref name="mustContain"/>, the reply's body must hold those bytes (e.g. "Registered OR-") to count as the right answer.
    /// </summary>
    public Task<ReplyArrival> Expect(string activityId, byte[]? mustContain = null)
    {
        var waiter = new Waiter(new TaskCompletionSource<ReplyArrival>(TaskCreationOptions.RunContinuationsAsynchronously), mustContain);
        if (!_waiting.TryAdd(activityId, waiter))
            throw new InvalidOperationException($"Activity id {activityId} is already awaited.");
        return waiter.Arrival.Task;
    }

    /// <summary>The user gave up on this activity (error or timeout): a reply arriving later is a stray.</summary>
    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private async Task ReplyToActivityAsync(HttpContext http, string activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        _waiting.TryGetValue(activityId, out var expected);
        var (replyToId, contentMatches, unexpected) = await ReadBodyAsync(http.Request, body =>
        {
            var matches = Contains(body, expected?.MustContain);
            return (FindReplyToId(body), matches, matches ? null : Encoding.UTF8.GetString(body.Slice(0, Math.Min(body.Length, 600)).ToArray()));
        });
        if (_waiting.TryRemove(activityId, out var waiter))
            waiter.Arrival.TrySetResult(new ReplyArrival(arrived, replyToId == activityId, contentMatches, unexpected));
        else
            Interlocked.Increment(ref _strays);
        await WriteResourceResponseAsync(http.Response);
    }

    private IResult ServeRoster(string conversationId) =>
        Rosters.TryGetValue(conversationId, out var members)
            ? Results.Json(new { members = members.Select(m => new { id = m.UserId, name = m.UserName, aadObjectId = m.AadObjectId }) })
            : Results.NotFound();

    private async Task SendToConversationAsync(HttpContext http, string conversationId)
    {
        if (RecordProactive)
            _proactive.Enqueue(await ReadBodyAsync(http.Request, body => ReadProactive(conversationId, body.ToArray())));
        else
        {
            await ReadBodyAsync(http.Request, _ => 0);
            Interlocked.Increment(ref _strays); // Every status turn expects a reply to its activity, nothing else.
        }
        await WriteResourceResponseAsync(http.Response);
    }

    private Task WriteResourceResponseAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        return response.WriteAsync($$"""{"id":"reply-{{Interlocked.Increment(ref _replies)}}"}""", Encoding.UTF8);
    }

    /// <summary>Reads the whole body, then hands it to <paramref name="read"/> (which must not keep it).</summary>
    private static async Task<T> ReadBodyAsync<T>(HttpRequest request, Func<ReadOnlySequence<byte>, T> read)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync();
            if (!result.IsCompleted)
            {
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                continue;
            }
            try
            {
                return read(result.Buffer);
            }
            finally
            {
                reader.AdvanceTo(result.Buffer.End);
            }
        }
    }

    /// <summary>The top-level "replyToId", found without building a document of the card.</summary>
    private static string? FindReplyToId(ReadOnlySequence<byte> body)
    {
        try
        {
            var json = new Utf8JsonReader(body);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject)
                return null;
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var isReplyToId = json.ValueTextEquals("replyToId"u8);
                json.Read();
                if (isReplyToId)
                    return json.TokenType == JsonTokenType.String ? json.GetString() : null;
                json.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool Contains(ReadOnlySequence<byte> body, byte[]? marker) =>
        marker is null || (body.IsSingleSegment ? body.FirstSpan : body.ToArray()).IndexOf(marker) >= 0;

    /// <summary>
    /// The conflict ids ("conflictId":N in the alert's button data, twice per card) and registration ids ("OR-0042" in
    /// the heads-up's text) a proactive message carries, each once. A plain byte search: the card's JSON is the bot's own.
    /// </summary>
    private static ProactiveMessage ReadProactive(string conversationId, byte[] body) =>
        new(conversationId, NumbersAfter(body, "\"conflictId\":"u8), NumbersAfter(body, "OR-"u8), SummaryOf(body));

    /// <summary>The message's card texts, to show what an unexpected one said.</summary>
    private static string SummaryOf(byte[] body)
    {
        var texts = new List<string>();
        try
        {
            Collect(JsonDocument.Parse(body).RootElement, texts);
        }
        catch (JsonException)
        {
        }
        return string.Join(" | ", texts);

        static void Collect(JsonElement element, List<string> texts)
        {
            if (element.ValueKind == JsonValueKind.Object)
                foreach (var property in element.EnumerateObject())
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                        texts.Add(property.Value.GetString()!);
                    else
                        Collect(property.Value, texts);
            else if (element.ValueKind == JsonValueKind.Array)
                foreach (var item in element.EnumerateArray())
                    Collect(item, texts);
        }
    }

    private static List<long> NumbersAfter(ReadOnlySpan<byte> body, ReadOnlySpan<byte> prefix)
    {
        var found = new List<long>(2);
        for (var at = body.IndexOf(prefix); at >= 0; )
        {
            var rest = body[(at + prefix.Length)..];
            var digits = 0;
            long value = 0;
            while (digits < rest.Length && digits < 18 && rest[digits] is >= (byte)'0' and <= (byte)'9')
                value = value * 10 + (rest[digits++] - '0');
            if (digits > 0 && !found.Contains(value))
                found.Add(value);
            var next = rest.IndexOf(prefix);
            at = next < 0 ? -1 : at + prefix.Length + next;
        }
        return found;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
