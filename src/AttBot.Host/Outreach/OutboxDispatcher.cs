using AttBot.Data.Store;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// Delivers the outbox: heads-ups to organizers and alerts to subscribed conversations, each through its channel
/// (<see cref="INoticeChannel"/>: Teams, Slack). A channel outage delays
/// messages but loses none (they stay in the outbox and are retried with back-off); a message is claimed before it is
/// sent and marked delivered after, so a restart or a second instance does not send it twice. After a crash a claimed
/// message waits out its lease (two minutes) before it is sent again: at least once, never lost.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox,
    OutreachDesk desk,
    IEnumerable<INoticeChannel> channels,
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
        var conflict = desk.FindConflict(message.ConflictId);
        var channel = channels.FirstOrDefault(c => c.Delivers(message.ChannelId));
        if (conflict is null || channel is null)
        {
            outbox.MarkFailed(message.Id, conflict is null ? "The conflict no longer exists." : $"No channel delivers '{message.ChannelId}'.", retryAfter: null);
            return;
        }
        try
        {
            await channel.SendAsync(message, conflict, cancellationToken);
            await outbox.MarkDeliveredAsync(message.Id);
        }
        catch (NoticeUndeliverableException ex)
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
