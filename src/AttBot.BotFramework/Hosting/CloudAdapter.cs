using System.Net;
using System.Net.Mime;
using System.Security.Claims;
using System.Text.Json;
using AttBot.BotFramework.Authentication;
using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Hosting;

public sealed class CloudAdapterOptions
{
    /// <summary>Largest activity accepted. Real activities are a few KB; a card submit rarely exceeds 50 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
    /// <summary>How long an invoke may take: the channel waits for it, and gives up after about 15 s.</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>
    /// The most one reply (or proactive message) may take, its retries included: a Connector that hangs for one
    /// conversation holds that conversation's turn this long at most, never other conversations' (see TurnQueue).
    /// </summary>
    public TimeSpan ReplyTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The most the apology after a failed turn may take: when the Connector itself is failing it would not arrive anyway.</summary>
    public TimeSpan ApologyTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>
/// Turns the HTTP POST of an activity into a bot turn, as botbuilder's CloudAdapter does: checks the request,
/// authenticates it, then answers at once. Invokes are answered synchronously (their response is the HTTP body, sent
/// after the change is stored); every other activity is queued and the channel gets 200 straight away, so slow work
/// never holds it. An activity that changes data is first written to the durable inbox (<see cref="ITurnJournal"/>):
/// the 200 is sent only once it is stored, and a crash before its turn finished is made good at the next start.
/// </summary>
public sealed class CloudAdapter(
    IBotFrameworkAuthentication authentication,
    ConnectorClientFactory connectors,
    TurnQueue queue,
    ITurnJournal journal,
    ITurnErrorMessage errorMessage,
    IServiceScopeFactory scopes,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<CloudAdapterOptions> options,
    ILogger<CloudAdapter> logger)
{
    public const string UserErrorMessage = "Sorry, something went wrong on my side and I could not answer that. Please try again in a moment.";

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        var (activity, body, error) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            await WriteProblemAsync(response, error!.Value.Status, error.Value.Reason, cancellationToken);
            return;
        }

        var auth = await authentication.AuthenticateRequestAsync(activity, request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null,
            request.HttpContext.Connection.RemoteIpAddress, cancellationToken);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Refused activity {ActivityId} from channel {ChannelId}: {Reason}", activity.Id, activity.ChannelId, auth.FailureReason);
            await WriteProblemAsync(response, StatusCodes.Status401Unauthorized, "The request could not be authenticated.", cancellationToken);
            return;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invokeResponse = await RunInvokeAsync(activity, auth.Identity!, cancellationToken);
            response.StatusCode = invokeResponse.Status;
            if (invokeResponse.Body is not null)
                await response.WriteAsJsonAsync(invokeResponse.Body, invokeResponse.Body.GetType(), BotJson.Options, cancellationToken);
            return;
        }

        var orderingKey = activity.Conversation?.Id ?? "";
        if (!journal.MustJournal(activity))
        {
            if (!queue.TryEnqueue(orderingKey, ct => RunTurnAsync(activity, auth.Identity!, replayed: false, ct)))
                await RefuseBusyAsync(response, cancellationToken);
            else
                response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var sourceKey = SourceKey(activity);
        try
        {
            await journal.RecordAsync(new JournaledTurn(sourceKey, orderingKey, JournalPayload.Write(body!, auth.Identity!)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: the channel sends it again.
            logger.LogError(ex, "Could not journal activity {ActivityId}", activity.Id);
            response.Headers.RetryAfter = "1";
            await WriteProblemAsync(response, StatusCodes.Status503ServiceUnavailable, "The bot could not take the message in; please retry shortly.", cancellationToken);
            return;
        }
        if (!queue.TryEnqueue(orderingKey, ct => RunJournaledTurnAsync(activity, auth.Identity!, sourceKey, replayed: false, ct)))
        {
            await journal.ForgetAsync(sourceKey);
            await RefuseBusyAsync(response, cancellationToken);
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>
    /// Queues the turns that were journaled and acknowledged but never finished (the process died): once at start, before
    /// any new activity, so each conversation's order holds; then, with several instances on one store, from time to time
    /// for what a dead instance left (<paramref name="atStart"/> false; see ITurnJournal.TakeOver).
    /// </summary>
    public void ResumeJournaledTurns(bool atStart = true)
    {
        var unfinished = journal.TakeOver(atStart);
        if (unfinished.Count > 0)
            logger.LogWarning(atStart ? "Resuming {Count} acknowledged turns that a restart interrupted"
                : "Taking over {Count} acknowledged turns that another instance left unfinished", unfinished.Count);
        foreach (var turn in unfinished)
        {
            if (JournalPayload.Read(turn.Payload) is not ({ } activity, { } identity))
            {
                logger.LogError("Journaled turn {SourceKey} cannot be read and is skipped", turn.SourceKey);
                _ = journal.FinishAsync(turn.SourceKey);
                continue;
            }
            if (identity.VouchesFor(activity.ServiceUrl))
                trustedServiceUrls.Trust(activity.ServiceUrl!);
            // Taken over from a dead instance, it came in before what this instance may be holding for its conversation,
            // which waits for it (WaitForEarlierTurnsAsync): it runs beside that queue, not behind it.
            var orderingKey = atStart ? turn.OrderingKey : turn.OrderingKey + TakenOver;
            if (!queue.TryEnqueue(orderingKey, ct => RunJournaledTurnAsync(activity, identity, turn.SourceKey, replayed: true, ct)))
                logger.LogError("Journaled turn {SourceKey} could not be queued; it is tried at the next start", turn.SourceKey);
        }
    }

    /// <summary>Appended to a conversation's key in the turn queue for the turns taken over from another instance.</summary>
    public const string TakenOver = "|taken over";

    /// <summary>The channel's identity of an activity: the same activity redelivered has the same key.</summary>
    public static string SourceKey(Activity activity) =>
        $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id ?? Guid.NewGuid().ToString("N")}";

    private static Task RefuseBusyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.RetryAfter = "1";
        return WriteProblemAsync(response, StatusCodes.Status429TooManyRequests, "The bot is busy; please retry shortly.", cancellationToken);
    }

    /// <summary>Runs a journaled turn and marks it finished; a shutdown mid-turn leaves it for the next start.</summary>
    private async Task RunJournaledTurnAsync(Activity activity, ClaimsIdentity identity, string sourceKey, bool replayed, CancellationToken cancellationToken)
    {
        await journal.WaitForEarlierTurnsAsync(sourceKey, cancellationToken);
        await RunTurnAsync(activity, identity, replayed, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
            return;
        try
        {
            await journal.FinishAsync(sourceKey);
        }
        catch (Exception ex)
        {
            // Processed and answered, but not marked: the next start runs it again, and the turn's own idempotence
            // (the registration's source key) keeps that from registering twice.
            logger.LogError(ex, "Could not mark journaled turn {SourceKey} finished", sourceKey);
        }
    }

    /// <summary>Runs a proactive turn in a stored conversation (heads-ups, alerts): the SDK's ContinueConversationAsync.</summary>
    /// <param name="serviceUrlTrusted">
    /// Stored with the reference: a channel token vouched for its serviceUrl. Without it the bot's token goes there only if
    /// an authenticated activity vouched for it since this process started; otherwise the send is refused (403).
    /// </param>
    public Task ContinueConversationAsync(ConversationReference reference, bool serviceUrlTrusted, Func<TurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        if (serviceUrlTrusted)
            trustedServiceUrls.Trust(reference.ServiceUrl!);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        var context = new TurnContext(activity, new ClaimsIdentity("proactive"), connectors.Create(reference.ServiceUrl!));
        return callback(context, cancellationToken);
    }

    private async Task<InvokeResponse> RunInvokeAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.InvokeTimeout);
        var context = new TurnContext(activity, identity, connectors.Create(activity.ServiceUrl!));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(context, timeout.Token);
            return context.InvokeResponse ?? new InvokeResponse(StatusCodes.Status200OK);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Invoke {InvokeName} failed for activity {ActivityId}", activity.Name, activity.Id);
            // The channel shows this to the user; internals stay in the log.
            return new InvokeResponse(StatusCodes.Status200OK, AdaptiveCardInvokeResponse.Error(500, "InternalError", errorMessage.For(activity)));
        }
    }

    private async Task RunTurnAsync(Activity activity, ClaimsIdentity identity, bool replayed, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, identity, connectors.Create(activity.ServiceUrl!)) { Replayed = replayed };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(context, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await OnTurnErrorAsync(context, ex, cancellationToken);
        }
    }

    /// <summary>The SDK's OnTurnError: log with the activity id, tell the user briefly, never leak internals.</summary>
    private async Task OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError(exception, "Turn failed for {ActivityType} activity {ActivityId} in conversation {ConversationId}",
            context.Activity.Type, context.Activity.Id, context.Activity.Conversation?.Id);
        if (exception is ConnectorException || context.Activity.Type != ActivityTypes.Message)
            return; // The channel itself is failing, or nobody asked anything: an apology would not arrive or not help.
        try
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(options.Value.ApologyTimeout);
            await context.SendActivityAsync(errorMessage.For(context.Activity), bounded.Token);
        }
        catch (Exception sendError)
        {
            logger.LogError(sendError, "Could not tell the user about the failed turn {ActivityId}", context.Activity.Id);
        }
    }

    private async Task<(Activity? Activity, byte[]? Body, (int Status, string Reason)? Error)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType) || !MediaTypeIsJson(request.ContentType))
            return (null, null, (StatusCodes.Status415UnsupportedMediaType, "Activities must be sent as application/json in UTF-8."));

        var limit = options.Value.MaxRequestBodyBytes;
        var body = await BoundedBody.ReadAsync(request.Body, request.ContentLength, limit, cancellationToken);
        if (body is null)
            return (null, null, (StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes."));

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            // Said in words: the serializer's own message names our internal types.
            return (null, null, (StatusCodes.Status400BadRequest, ActivityValidation.Unreadable(ex.Path, ex.LineNumber)));
        }
        if (activity is null)
            return (null, null, (StatusCodes.Status400BadRequest, "The body is not an activity object."));
        ActivityValidation.DropNullEntries(activity);

        var problem = ActivityValidation.Check(activity);
        return problem is null ? (activity, body, null) : (null, null, (StatusCodes.Status400BadRequest, problem));
    }

    private static bool MediaTypeIsJson(string contentType)
    {
        try
        {
            var parsed = new ContentType(contentType);
            // JSON on the wire is UTF-8 (RFC 8259); a body that says otherwise would be misread.
            if (parsed.CharSet is { Length: > 0 } charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                return false;
            var mediaType = parsed.MediaType;
            return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false; // an empty or malformed header is not JSON: 415, never 500
        }
    }

    private static Task WriteProblemAsync(HttpResponse response, int status, string detail, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new { type = "about:blank", title = ReasonPhrase(status), status, detail },
            options: null, contentType: "application/problem+json", cancellationToken);
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } p ? p : ((HttpStatusCode)status).ToString();
}
