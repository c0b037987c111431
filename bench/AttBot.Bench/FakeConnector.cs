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

/// <summary>When a reply reached the Connector, and whether it named the activity it answers.</summary>
public readonly record struct ReplyArrival(long Timestamp, bool ReplyToIdMatches);

/// <summary>
/// The Bot Connector, played by Kestrel on 127.0.0.1 inside the bench: takes the bot's
/// POST v3/conversations/{id}/activities/{replyToId}, stamps its arrival for the user waiting on that activity,
/// and answers 200 with a resource id. Replies nobody waits for (late, duplicate, or not a reply) are counted as strays.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private const string BasePath = "/_connector/";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReplyArrival>> _waiting = new(StringComparer.Ordinal);
    private long _replies;
    private long _strays;

    private FakeConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";
    public long Strays => Interlocked.Read(ref _strays);

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
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + BasePath;
        return connector;
    }

    /// <summary>Call before sending the activity: its reply may reach the Connector before the bot's 200 reaches the user.</summary>
    public Task<ReplyArrival> Expect(string activityId)
    {
        var waiter = new TaskCompletionSource<ReplyArrival>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd(activityId, waiter))
            throw new InvalidOperationException($"Activity id {activityId} is already awaited.");
        return waiter.Task;
    }

    /// <summary>The user gave up on this activity (error or timeout): a reply arriving later is a stray.</summary>
    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private async Task ReplyToActivityAsync(HttpContext http, string activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        var replyToId = await ReadReplyToIdAsync(http.Request);
        if (_waiting.TryRemove(activityId, out var waiter))
            waiter.TrySetResult(new ReplyArrival(arrived, replyToId == activityId));
        else
            Interlocked.Increment(ref _strays);
        await WriteResourceResponseAsync(http.Response);
    }

    private async Task SendToConversationAsync(HttpContext http)
    {
        await ReadReplyToIdAsync(http.Request);
        Interlocked.Increment(ref _strays); // Every turn of the bench expects a reply to its activity, nothing else.
        await WriteResourceResponseAsync(http.Response);
    }

    private Task WriteResourceResponseAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        return response.WriteAsync($$"""{"id":"reply-{{Interlocked.Increment(ref _replies)}}"}""", Encoding.UTF8);
    }

    /// <summary>Reads the whole body and finds the top-level "replyToId" without building a document of the card.</summary>
    private static async Task<string?> ReadReplyToIdAsync(HttpRequest request)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync();
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                continue;
            }
            try
            {
                return FindReplyToId(read.Buffer);
            }
            catch (JsonException)
            {
                return null;
            }
            finally
            {
                reader.AdvanceTo(read.Buffer.End);
            }
        }
    }

    private static string? FindReplyToId(ReadOnlySequence<byte> body)
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

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
