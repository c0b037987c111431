using System.Text;
using System.Text.Json;
using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;
using AttBot.Slack.Verification;
using AttBot.Slack.WebApi;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Slack;

/// <summary>
/// Slack's three request URLs. Each reads the raw body (capped), verifies Slack's signature before parsing anything,
/// finds the one listener for the request, answers its acknowledgement at once and queues its work. Bad requests get
/// 400/401/413/415, never 500; with no signing secret configured Slack is off and the URLs answer 404.
/// </summary>
public static class SlackEndpoints
{
    /// <summary>Slack's own payloads are a few KB; a modal submission with every list filled stays far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var slack = endpoints.MapGroup("/api/slack");
        slack.MapPost("/events", (Func<HttpContext, Task<IResult>>)(http => HandleAsync(http, OnEvent)));
        slack.MapPost("/commands", (Func<HttpContext, Task<IResult>>)(http => HandleAsync(http, OnCommand)));
        slack.MapPost("/interactions", (Func<HttpContext, Task<IResult>>)(http => HandleAsync(http, OnInteraction)));
        return endpoints;
    }

    public const string Refusal = "Sorry, AttBot is not available to your workspace. Please contact the ATT Secretariat if you think it should be.";

    private static async Task<IResult> HandleAsync(HttpContext http, Func<HttpContext, byte[], SlackListeners, Task<IResult>> handle)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.IsEnabled)
            return Results.NotFound();
        if (http.Request.ContentLength > MaxBodyBytes)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadBodyAsync(http);
        if (body is null)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var verdict = SlackRequestVerifier.Verify(options.SigningSecret, http.Request.Headers[SlackRequestVerifier.TimestampHeader],
            body, http.Request.Headers[SlackRequestVerifier.SignatureHeader], services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (verdict != SlackVerification.Valid)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Slack")
                .LogWarning("Slack request to {Path} refused: {Verdict}", http.Request.Path, verdict);
            return Results.Unauthorized();
        }
        return await handle(http, body, services.GetRequiredService<SlackListeners>());
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Task<IResult> OnEvent(HttpContext http, byte[] body, SlackListeners listeners)
    {
        if (!IsContentType(http, "application/json"))
            return Task.FromResult(Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEventEnvelope>(body, SlackJson.Options);
        }
        catch (JsonException)
        {
            return Task.FromResult(Results.BadRequest());
        }
        if (envelope?.Type == "url_verification")
            return Task.FromResult(envelope.Challenge is { Length: > 0 } challenge ? Results.Text(challenge, "text/plain") : Results.BadRequest());
        if (envelope?.Type != "event_callback" || envelope.Event is null || !Serves(http, envelope.TeamId))
            return Task.FromResult(Results.Ok());
        return Task.FromResult(Acknowledge(http, listeners.FindEvent(envelope.Event.Type) is { } listener ? () => listener(envelope) : null, $"event {envelope.EventId}"));
    }

    private static Task<IResult> OnCommand(HttpContext http, byte[] body, SlackListeners listeners)
    {
        if (ReadForm(http, body) is not { } form)
            return Task.FromResult(Results.StatusCode(StatusCodes.Status415UnsupportedMediaType));
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
            return Task.FromResult(Results.Ok());
        if (SlashCommand.FromForm(form) is not { } command)
            return Task.FromResult(Results.BadRequest());
        if (!Serves(http, command.TeamId))
            return Task.FromResult(Results.Text(Refusal, "text/plain"));
        var listener = listeners.FindCommand(command.Command);
        return Task.FromResult(listener is null
            ? Results.Text($"AttBot does not know the command {command.Command}.", "text/plain")
            : Acknowledge(http, () => listener(command), $"command {command.Command}"));
    }

    private static async Task<IResult> OnInteraction(HttpContext http, byte[] body, SlackListeners listeners)
    {
        if (ReadForm(http, body) is not { } form)
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        var interaction = SlackInteractionReader.Parse(form.TryGetValue("payload", out var payload) ? payload.ToString() : null);
        if (interaction is null)
            return Results.BadRequest();
        if (!Serves(http, interaction.Team?.Id ?? interaction.User?.TeamId))
            return interaction.Type == SlackInteraction.ViewSubmission
                ? Results.Json(new { response_action = "errors", errors = new { organization = Refusal } })
                : Results.Ok();
        switch (interaction.Type)
        {
            case SlackInteraction.BlockActions when interaction.Actions is [var action, ..]:
                return Acknowledge(http, listeners.FindAction(action.ActionId) is { } listener ? () => listener(interaction, action) : null, $"action {action.ActionId}");
            case SlackInteraction.Shortcut:
                return Acknowledge(http, listeners.FindShortcut(interaction.CallbackId) is { } shortcut ? () => shortcut(interaction) : null, $"shortcut {interaction.CallbackId}");
            case SlackInteraction.ViewSubmission when listeners.FindView(interaction.View?.CallbackId) is { } view:
                try
                {
                    var ack = await view(interaction, http.RequestAborted);
                    return Acknowledge(http, () => ack, $"view {interaction.View?.CallbackId}");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logger(http).LogError(ex, "Slack view {CallbackId} failed", interaction.View?.CallbackId);
                    return Results.Json(new { response_action = "errors", errors = new { organization = "Something went wrong on our side. Please try again." } });
                }
            default:
                return Results.Ok();
        }
    }

    /// <summary>Answers Slack now and queues the rest; a listener that throws is logged and Slack still gets its 200.</summary>
    private static IResult Acknowledge(HttpContext http, Func<SlackAck>? listener, string what)
    {
        if (listener is null)
            return Results.Ok();
        SlackAck ack;
        try
        {
            ack = listener();
        }
        catch (Exception ex)
        {
            Logger(http).LogError(ex, "Slack listener failed: {What}", what);
            return Results.Ok();
        }
        if (ack.Later is { } later && !http.RequestServices.GetRequiredService<SlackWorkQueue>().TryEnqueue(what, later))
        {
            Logger(http).LogError("Slack work queue full: {What} dropped", what);
            return Results.Text("AttBot is very busy right now. Please try again in a minute.", "text/plain");
        }
        return ack.Body is null ? Results.Ok() : Results.Text(ack.Body.ToJsonString(SlackJson.Options), "application/json", Encoding.UTF8);
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? ReadForm(HttpContext http, byte[] body) =>
        IsContentType(http, "application/x-www-form-urlencoded") ? QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)) : null;

    private static bool IsContentType(HttpContext http, string mediaType) =>
        http.Request.ContentType?.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Slack:AllowedTeams: requests from other workspaces are refused before any listener runs, so nothing of theirs is stored.</summary>
    private static bool Serves(HttpContext http, string? teamId) =>
        http.RequestServices.GetRequiredService<IOptions<SlackOptions>>().Value.Serves(teamId);

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Slack");
}
