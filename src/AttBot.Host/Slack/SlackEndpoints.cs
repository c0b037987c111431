using System.Text;
using System.Text.Json;
using AttBot.BotFramework.Hosting;
using AttBot.Domain.Commands;
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

    private static async Task<IResult> HandleAsync(HttpContext http, Func<HttpContext, byte[], SlackListeners, Task<IResult>> handle)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        if (!options.IsEnabled)
            return Results.NotFound();
        var body = await BoundedBody.ReadAsync(http.Request.Body, http.Request.ContentLength, MaxBodyBytes, http.RequestAborted);
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
        SeenIn(http, envelope.Event.User, envelope.TeamId);
        if (listeners.FindEvent(envelope.Event.Type) is not { } listener)
            return Task.FromResult(Results.Ok());
        return AcknowledgeAsync(http, () => listener(envelope), $"event {envelope.EventId}", PersonKey(envelope.TeamId, envelope.Event.User),
            SlackInbox.KeyFor(envelope), body, isEvent: true);
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
            return Task.FromResult(Results.Text(CommandSentences.NotAvailableToWorkspace(ReaderOf(http, command.UserId)), "text/plain"));
        SeenIn(http, command.UserId, command.TeamId);
        var listener = listeners.FindCommand(command.Command);
        if (listener is null)
            return Task.FromResult(Results.Text(CommandSentences.UnknownSlashCommand(command.Command,
                ReaderOf(http, command.UserId)), "text/plain"));
        return AcknowledgeAsync(http, () => listener(command), $"command {command.Command}", PersonKey(command.TeamId, command.UserId), SlackInbox.KeyFor(command), body);
    }

    /// <summary>
    /// The acknowledgement of a command, a typed message or a click: when it changes data (<paramref name="journalKey"/>
    /// is set, see <see cref="SlackInbox"/>) it is stored in the durable inbox before Slack hears it arrived, and marked
    /// finished after its work; otherwise Slack is answered at once. A redelivery of a journaled request (a Slack retry
    /// with the same event_id) gets its ack and does nothing.
    /// </summary>
    /// <param name="isEvent">An event's answer is read by nobody: refused, it gets a 503, which makes Slack deliver it again
    /// (it retries three times over a few minutes), where a 200 carrying the apology would drop it without a word.</param>
    private static async Task<IResult> AcknowledgeAsync(HttpContext http, Func<SlackAck> listener, string what, string personKey, string? journalKey, byte[] body,
        bool isEvent = false)
    {
        if (journalKey is null)
            return Acknowledge(http, listener, what, personKey, isEvent);
        var inbox = http.RequestServices.GetRequiredService<SlackInbox>();
        try
        {
            if (!await inbox.RecordAsync(journalKey, personKey, body))
                return Results.Ok(); // taken in before: it is being (or was) carried out, or a restart resumes it
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger(http).LogError(ex, "Could not journal Slack {What}", what);
            return Refuse(CommandSentences.NotTakenIn(ReaderOf(http, UserOf(personKey))), isEvent);
        }
        SlackAck ack;
        try
        {
            ack = listener();
        }
        catch (Exception ex)
        {
            Logger(http).LogError(ex, "Slack listener failed: {What}", what);
            await inbox.ForgetAsync(journalKey);
            return Results.Ok();
        }
        if (ack.Later is not { } later)
            await inbox.FinishAsync(journalKey); // nothing left to do (the person was asked to slow down)
        else if (!TryQueue(http, personKey, what, inbox.Finishing(journalKey, later)))
        {
            await inbox.ForgetAsync(journalKey);
            Logger(http).LogError("Slack work queue full: {What} refused", what);
            return Refuse(CommandSentences.Busy(ReaderOf(http, UserOf(personKey))), isEvent);
        }
        return Answer(ack);
    }

    /// <summary>A command or a click shows the apology to the person; an event is left for Slack to deliver again.</summary>
    private static IResult Refuse(string apology, bool isEvent) =>
        isEvent ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : Results.Text(apology, "text/plain");

    private static async Task<IResult> OnInteraction(HttpContext http, byte[] body, SlackListeners listeners)
    {
        if (ReadForm(http, body) is not { } form)
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        var interaction = SlackInteractionReader.Parse(form.TryGetValue("payload", out var payload) ? payload.ToString() : null);
        if (interaction is null)
            return Results.BadRequest();
        if (!Serves(http, interaction.Team?.Id ?? interaction.User?.TeamId))
            return interaction.Type == SlackInteraction.ViewSubmission
                ? Results.Json(new { response_action = "errors", errors = new { organization = CommandSentences.NotAvailableToWorkspace(ReaderOf(http, interaction.User?.Id)) } })
                : Results.Ok();
        var team = interaction.Team?.Id ?? interaction.User?.TeamId;
        SeenIn(http, interaction.User?.Id, team);
        if (SlowDown(http, interaction) is { } slowDown)
            return slowDown;
        switch (interaction.Type)
        {
            case SlackInteraction.BlockActions when interaction.Actions is [var action, ..]:
                return listeners.FindAction(action.ActionId) is { } listener
                    ? await AcknowledgeAsync(http, () => listener(interaction, action), $"action {action.ActionId}",
                        PersonKey(interaction.Team?.Id ?? interaction.User?.TeamId, interaction.User?.Id), SlackInbox.KeyFor(interaction, action), body)
                    : Results.Ok();
            case SlackInteraction.Shortcut:
                return Acknowledge(http, listeners.FindShortcut(interaction.CallbackId) is { } shortcut ? () => shortcut(interaction) : null, $"shortcut {interaction.CallbackId}",
                    PersonKey(interaction.Team?.Id ?? interaction.User?.TeamId, interaction.User?.Id));
            case SlackInteraction.ViewSubmission when listeners.FindView(interaction.View?.CallbackId) is { } view:
                try
                {
                    var ack = await view(interaction, http.RequestAborted);
                    return Acknowledge(http, () => ack, $"view {interaction.View?.CallbackId}", PersonKey(interaction.Team?.Id ?? interaction.User?.TeamId, interaction.User?.Id));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Logger(http).LogError(ex, "Slack view {CallbackId} failed", interaction.View?.CallbackId);
                    return Results.Json(new { response_action = "errors", errors = new { organization = CommandSentences.FormWentWrong(ReaderOf(http, interaction.User?.Id)) } });
                }
            default:
                return Results.Ok();
        }
    }

    /// <summary>Answers Slack now and queues the rest; a listener that throws is logged and Slack still gets its 200.</summary>
    private static IResult Acknowledge(HttpContext http, Func<SlackAck>? listener, string what, string personKey, bool isEvent = false)
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
        if (ack.Later is { } work && !TryQueue(http, personKey, what, work))
        {
            Logger(http).LogError("Slack work queue full: {What} refused", what);
            return Refuse(CommandSentences.Busy(ReaderOf(http, UserOf(personKey))), isEvent);
        }
        return Answer(ack);
    }

    /// <summary>Queues the work that follows the ack, timed as a Slack turn; false when the queue is full.</summary>
    private static bool TryQueue(HttpContext http, string personKey, string what, Func<CancellationToken, Task> work)
    {
        var metrics = http.RequestServices.GetRequiredService<Operations.AttBotMetrics>();
        return http.RequestServices.GetRequiredService<SlackWorkQueue>().TryEnqueue(personKey, what,
            ct => metrics.TimeTurnAsync(SlackNoticeChannel.ChannelId, "slack", () => work(ct)));
    }

    private static IResult Answer(SlackAck ack) =>
        ack.Body is null ? Results.Ok() : Results.Text(ack.Body.ToJsonString(SlackJson.Options), "application/json", Encoding.UTF8);

    /// <summary>Whose request it is: one person's work is done in the order it came, never behind another person's.</summary>
    private static string PersonKey(string? teamId, string? userId) => $"{teamId}|{userId}";

    private static string UserOf(string personKey) => personKey[(personKey.IndexOf('|') + 1)..];

    /// <summary>
    /// The language of a word said at the door, before any turn: the person's own choice, held in memory, else the
    /// locale users.info gave for them earlier in this process, else English. Slack is not asked before the ack (nor at
    /// all about another workspace's people, whom the bot's token cannot look up): someone writing for the first time,
    /// or only ever from a workspace the bot does not serve, reads English.
    /// </summary>
    private static Domain.Language.Language ReaderOf(HttpContext http, string? userId)
    {
        if (userId is not { Length: > 0 })
            return Domain.Language.Language.English;
        try
        {
            var locale = http.RequestServices.GetRequiredService<SlackPeople>().KnownLocale(userId);
            return http.RequestServices.GetRequiredService<Language.LanguageDesk>().ReaderOf(SlackPeople.ById(userId) with { Locale = locale });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The choices are read from the store once; when the store is what failed, the apology still goes out.
            Logger(http).LogWarning("Could not read the language chosen by {User}: {Error}", userId, ex.Message);
            return Domain.Language.Language.English;
        }
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? ReadForm(HttpContext http, byte[] body) =>
        IsContentType(http, "application/x-www-form-urlencoded") ? QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)) : null;

    private static bool IsContentType(HttpContext http, string mediaType) =>
        http.Request.ContentType?.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Button clicks and form submissions count against the same per-person limit as messages: over it, a click does
    /// nothing (the person is told once, in their direct message with AttBot) and a form stays open with the notice.
    /// </summary>
    private static IResult? SlowDown(HttpContext http, SlackInteraction interaction)
    {
        if (interaction.User?.Id is not { Length: > 0 } user)
            return null;
        var verdict = http.RequestServices.GetRequiredService<Limits.UserRateLimiter>().Check(SlackNoticeChannel.ChannelId, user);
        if (verdict == Limits.UserRateLimiter.Verdict.Allowed)
            return null;
        // Told in the language the person chose, if they did: the limit reads nothing else of them.
        var notice = CommandSentences.SlowDown(ReaderOf(http, user));
        if (interaction.Type == SlackInteraction.ViewSubmission)
        {
            var field = interaction.View?.State?.Values?.Keys.FirstOrDefault() ?? "organization";
            return Results.Json(new { response_action = "errors", errors = new Dictionary<string, string> { [field] = notice } });
        }
        if (verdict == Limits.UserRateLimiter.Verdict.TellOnce)
        {
            var slack = http.RequestServices.GetRequiredService<SlackApiClient>();
            return Acknowledge(http, () => SlackAck.Then(ct => slack.PostMessageAsync(user, Conversations.BlockKitRenderer.Text(notice), threadTs: null, ct)), "rate limit notice",
                PersonKey(interaction.Team?.Id ?? interaction.User?.TeamId, user));
        }
        return Results.Ok();
    }

    /// <summary>Which workspace a person wrote from, as Slack's signed request says: Roles:Secretariat names Slack members by both.</summary>
    private static void SeenIn(HttpContext http, string? userId, string? teamId) =>
        http.RequestServices.GetRequiredService<SlackPeople>().SeenIn(userId, teamId);

    /// <summary>Slack:AllowedTeams: requests from other workspaces are refused before any listener runs, so nothing of theirs is stored.</summary>
    private static bool Serves(HttpContext http, string? teamId) =>
        http.RequestServices.GetRequiredService<IOptions<SlackOptions>>().Value.Serves(teamId);

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Slack");
}
