using AttBot.Cards.BlockKit;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Outreach;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// Outbox messages on Slack: chat.postMessage to the stored conversation, which is a subscribed channel for alerts and
/// digests, and the person's user id for heads-ups, champions' notes and reminders (Slack then posts in the app's
/// direct message with them).
/// </summary>
public sealed class SlackNoticeChannel(SlackApiClient slack, OutreachDesk desk, Places.Readers readers) : INoticeChannel
{
    /// <summary>The channel id of Slack people, conversations and subscriptions in the store ("msteams" for Teams).</summary>
    public const string ChannelId = "slack";

    public bool Delivers(string channelId) => channelId == ChannelId;

    public async Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken)
    {
        var recipient = desk.ViewerOf(new Person(ChannelId, message.ViewerUserId ?? "", null, ""));
        // Alerts and digests go to a subscribed channel: written for whoever is in it now (see Audience).
        var readersNow = message.Kind is NoticeKind.Alert or NoticeKind.Digest or NoticeKind.ChangeAlert ? await readers.OfSlackAsync(message.ConversationId, cancellationToken) : recipient;
        var (language, names) = (notice.Language, desk.CountryNameIn(notice.Language));
        var blocks = notice switch
        {
            Notice.OfConflict { Conflict: var conflict } when message.Kind == NoticeKind.Alert => SlackMessages.ConflictAlert(Audience.Redacted(conflict, readersNow), names, language),
            Notice.OfConflict { Conflict: var conflict } headsUp => SlackMessages.ConflictHeadsUp(conflict.Conflict, recipient, names, headsUp.Also, language),
            Notice.OfChange { Change: var change } => SlackNotices.ChangeNotice(change, readersNow, names, language),
            Notice.ForChampion { Plan: var plan } => SlackNotices.ChampionNote(plan, recipient, names, language),
            Notice.WeeklyDigest { Digest: var digest } => SlackNotices.Digest(Audience.Redacted(digest, readersNow), names, language),
            Notice.FindingsReminder { Plan: var plan } => SlackNotices.FindingsReminder(plan, names, language),
            _ => throw new InvalidOperationException("Unknown notice."),
        };
        try
        {
            await slack.PostMessageAsync(message.ConversationId, blocks, threadTs: null, cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsPermanent)
        {
            // The bot left the channel, the channel was archived, or the token is wrong: a retry would fail the same way.
            throw new NoticeUndeliverableException(ex.Message, ex);
        }
    }
}
