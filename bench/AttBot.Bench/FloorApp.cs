using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AttBot.Bench;

/// <summary>
/// The floor: the least any chat turn costs on this machine. A bare ASP.NET Core minimal app, in its own process,
/// that parses the activity, answers 200 and then posts one small reply to the Connector, as the bot does
/// (the bot answers the channel first and replies from a background queue; here a plain background task).
/// No authentication, no store, no card: whatever the bot spends beyond this is its own.
/// </summary>
public static class FloorApp
{
    public const string Flag = "--floor";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly HttpClient Connector = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var portAt = Array.IndexOf(args, "--port");
        if (portAt < 0 || portAt + 1 >= args.Length || !int.TryParse(args[portAt + 1], out var port))
        {
            Console.Error.WriteLine("The floor app needs --port N.");
            return ExitCodes.RunBroke;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", ReceiveAsync);

        // The bench holds our stdin open; when it goes away, however it went, so do we.
        var lifetime = app.Lifetime;
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync();
            lifetime.StopApplication();
        });
        await app.RunAsync();
        return ExitCodes.Passed;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        FloorActivity? activity;
        try
        {
            activity = await request.ReadFromJsonAsync<FloorActivity>(Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (activity is not { Id: { } id, ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId })
            return Results.BadRequest();

        _ = Task.Run(() => ReplyAsync(activity, serviceUrl, conversationId, id));
        return Results.Ok();
    }

    private static async Task ReplyAsync(FloorActivity activity, string serviceUrl, string conversationId, string id)
    {
        var reply = new FloorActivity
        {
            Type = "message",
            ReplyToId = id,
            From = activity.Recipient,
            Recipient = activity.From,
            Conversation = activity.Conversation,
            Text = "ok",
        };
        var url = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(id)}";
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(reply, Json));
            content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
            using var response = await Connector.PostAsync(url, content);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // The bench counts the missing reply; nothing to add here.
        }
    }

    private sealed class FloorActivity
    {
        public string? Type { get; init; }
        public string? Id { get; init; }
        public string? ServiceUrl { get; init; }
        public string? ReplyToId { get; init; }
        public FloorAccount? From { get; init; }
        public FloorAccount? Recipient { get; init; }
        public FloorAccount? Conversation { get; init; }
        public string? Text { get; init; }
    }

    private sealed record FloorAccount(string? Id, string? Name);
}
