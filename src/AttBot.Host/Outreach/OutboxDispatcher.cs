using System.Net;
using System.Text.Json;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Host.Bots;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// Delivers the outbox: heads-ups to organizers and alerts to subscribed conversations. A Connector outage delays
/// messages but loses none (they stay in the outbox and are retried with back-off); a message is claimed before it is
/// sent and marked delivered after, so a restart or a second instance does not send it twice. After a crash a claimed
/// message waits out its lease (two minutes) before it is sent again: at least once, never lost.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox,
    ConversationStore conversations,
    OutreachDesk desk,
    CloudAdapter adapter,
    OutboxSignal signal,
    IOptions<OutreachOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await outbox.ClaimDueAsync(batchSize: 50, Lease);
                await Task.WhenAll(batch.Select(m => DeliverAsync(m, stoppingToken)));
                if (batch.Count == 50)
                    continue; // more waiting: no pause
                await signal.WaitAsync(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox dispatcher failed; retrying shortly");
                await Task.Delay(options.Value.OutboxPollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var stored = conversations.Find(message.ChannelId, message.ConversationId);
        var conflict = desk.FindConflict(message.ConflictId);
        if (stored is null || conflict is null)
        {
            outbox.MarkFailed(message.Id, stored is null ? "The bot has no reference to that conversation." : "The conflict no longer exists.", retryAfter: null);
            return;
        }
        try
        {
            var reference = JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)!;
            var card = message.Kind == NoticeKind.Alert
                ? OutreachCards.ConflictAlert(conflict, desk.CountryName)
                : OutreachCards.ConflictHeadsUp(conflict.Conflict, desk.ViewerOf(new Person(message.ChannelId, message.ViewerUserId ?? "", null, "")), desk.CountryName);
            var summary = message.Kind == NoticeKind.Alert ? "Possible duplication of outreach" : "Heads-up: overlapping outreach";
            await adapter.ContinueConversationAsync(reference, stored.ServiceUrlTrusted,
                (turn, ct) => turn.SendActivityAsync(StatusReplies.CardMessage(card, summary), ct), cancellationToken);
            await outbox.MarkDeliveredAsync(message.Id);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // Blocked, uninstalled or gone: retrying would not help.
            logger.LogWarning("Outbox message {Id} given up: {Error}", message.Id, ex.Message);
            outbox.MarkFailed(message.Id, ex.Message, retryAfter: null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-send: hand the message back so the next start delivers it without waiting out the lease.
            outbox.Release(message.Id);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, options.Value.OutboxRetryDelay.TotalSeconds * Math.Pow(2, message.Attempts)));
            logger.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}), retrying in {Wait}: {Error}", message.Id, message.Attempts + 1, wait, ex.Message);
            outbox.MarkFailed(message.Id, ex.Message, wait);
        }
    }
}
