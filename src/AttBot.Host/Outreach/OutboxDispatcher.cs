using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// Delivers the outbox: heads-ups to organizers, alerts and digests to subscribed conversations, notes to champions and
/// reminders to organizers, each through its channel
/// (<see cref="INoticeChannel"/>: Teams, Slack). A channel outage delays
/// messages but loses none (they stay in the outbox and are retried with back-off); a message is claimed in this
/// instance's name before it is sent and marked delivered after, so a second instance does not send it twice. When
/// this instance starts it gives back the claims it held before (a crash): those messages, and only those, may be sent
/// twice (they were on the wire). A dead instance's claims lapse after <see cref="OutreachOptions.OutboxLease"/>.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore outbox,
    DuplicationDesk duplications,
    RegistrationDesk registrations,
    Secretariat.DigestDesk digests,
    Language.LanguageDesk languages,
    IEnumerable<INoticeChannel> channels,
    OutboxSignal signal,
    IOptions<OutreachOptions> options,
    Operations.AttBotMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var instance = options.Value.ClaimantId;
        var released = outbox.ReleaseClaimsOf(instance);
        if (released > 0)
            logger.LogWarning("Outbox: {Count} messages claimed by this instance ({Instance}) before a restart are sent again", released, instance);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await outbox.ClaimDueAsync(instance, batchSize: 50, options.Value.OutboxLease);
                // The conflicts of the whole batch in one read: an alert and a heads-up usually share theirs.
                var conflicts = duplications.FindConflicts(batch.Where(m => m.ConflictId is not null).Select(m => m.ConflictId!.Value).Distinct().ToList());
                var delivered = await Task.WhenAll(batch.Select(m => DeliverAsync(m, conflicts, stoppingToken)));
                // Marked together once the batch's sends are done: one write for the batch. A crash before it sends
                // these again (as a crash between a send and its mark always did): at least once, never lost.
                await outbox.MarkDeliveredAsync(batch.Where((_, i) => delivered[i]).Select(m => m.Id).ToList());
                foreach (var message in batch.Where((_, i) => delivered[i]))
                    metrics.NoticeSent(message.ChannelId, delivered: true);
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

    /// <summary>What the message says, loaded now; null (with the reason) when there is nothing left to say.</summary>
    private (Notice? Notice, string? Gone) Load(OutboxMessage message, IReadOnlyDictionary<long, RecordedConflict> conflicts)
    {
        switch (message.Kind)
        {
            case NoticeKind.HeadsUp or NoticeKind.Alert:
                if (message.ConflictId is not { } id || !conflicts.TryGetValue(id, out var conflict))
                    return (null, "The conflict no longer exists.");
                return message.Kind == NoticeKind.HeadsUp
                    ? (new Notice.OfConflict(conflict) { Also = duplications.AlsoDuplicating(conflict.Conflict, message.ChannelId, message.ViewerUserId ?? "") }, null)
                    : (new Notice.OfConflict(conflict), null);
            case NoticeKind.Change or NoticeKind.ChangeAlert:
                return long.TryParse(message.Subject, System.Globalization.CultureInfo.InvariantCulture, out var changeId) && duplications.FindChange(changeId) is { } change
                    ? (new Notice.OfChange(change), null) : (null, "The change is not recorded.");
            case NoticeKind.Digest:
                return digests.ContentOf(message.Subject) is { } digest ? (new Notice.WeeklyDigest(digest), null) : (null, "Not a digest period.");
            default:
                var plan = OutreachPlan.ParseId(message.Subject) is { } planId ? registrations.FindPlan(planId) : null;
                if (plan is null)
                    return (null, "The registration no longer exists.");
                if (message.Kind == NoticeKind.Reminder)
                    return plan.State == OutreachState.Planned ? (new Notice.FindingsReminder(plan), null) : (null, "Findings were recorded or the plan was cancelled meanwhile.");
                return (new Notice.ForChampion(plan), null);
        }
    }

    /// <summary>A subscribed conversation reads its own language (or its subscriber's); a person theirs.</summary>
    private Domain.Language.Language LanguageOf(OutboxMessage message) =>
        message.Kind is NoticeKind.Alert or NoticeKind.Digest or NoticeKind.ChangeAlert || message.ViewerUserId is null
            ? languages.OfConversation(message.ChannelId, message.ConversationId)
            : languages.OfPerson(message.ChannelId, message.ViewerUserId);

    /// <summary>Sends one message; true when it was delivered (the caller marks it so).</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, IReadOnlyDictionary<long, RecordedConflict> conflicts, CancellationToken cancellationToken)
    {
        var (notice, gone) = Load(message, conflicts);
        if (notice is not null)
            notice = notice with { Language = LanguageOf(message) };
        var channel = channels.FirstOrDefault(c => c.Delivers(message.ChannelId));
        if (notice is null || channel is null)
        {
            outbox.MarkFailed(message.Id, gone ?? $"No channel delivers '{message.ChannelId}'.", retryAfter: null);
            return false;
        }
        try
        {
            using (var span = Operations.AttBotMetrics.Traces.StartActivity("outbox delivery"))
            {
                span?.SetTag("attbot.channel", message.ChannelId);
                await channel.SendAsync(message, notice, cancellationToken);
            }
            return true;
        }
        catch (NoticeUndeliverableException ex)
        {
            // Blocked, uninstalled or gone: retrying would not help.
            logger.LogWarning("Outbox message {Id} given up: {Error}", message.Id, ex.Message);
            outbox.MarkFailed(message.Id, ex.Message, retryAfter: null);
            metrics.NoticeSent(message.ChannelId, delivered: false);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-send: hand the message back so the next start delivers it without waiting out the lease.
            outbox.Release(message.Id);
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var wait = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, options.Value.OutboxRetryDelay.TotalSeconds * Math.Pow(2, message.Attempts)));
            logger.LogWarning("Outbox message {Id} not delivered (attempt {Attempt}), retrying in {Wait}: {Error}", message.Id, message.Attempts + 1, wait, ex.Message);
            outbox.MarkFailed(message.Id, ex.Message, wait);
            return false;
        }
    }
}
