using AttBot.Cards.BlockKit;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Host.Outreach;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// Heads-ups and alerts on Slack: chat.postMessage to the stored conversation, which is a subscribed channel for alerts
/// and the organizer's user id for heads-ups (Slack then posts in the app's direct message with them).
/// </summary>
public sealed class SlackNoticeChannel(SlackApiClient slack, OutreachDesk desk) : INoticeChannel
{
    /// <summary>The channel id of Slack people, conversations and subscriptions in the store ("msteams" for Teams).</summary>
    public const string ChannelId = "slack";

    public bool Delivers(string channelId) => channelId == ChannelId;

    public async Task SendAsync(OutboxMessage message, RecordedConflict conflict, CancellationToken cancellationToken)
    {
        var blocks = message.Kind == NoticeKind.Alert
            ? SlackMessages.ConflictAlert(conflict, desk.CountryName)
            : SlackMessages.ConflictHeadsUp(conflict.Conflict, desk.ViewerOf(new Person(ChannelId, message.ViewerUserId ?? "", null, "")), desk.CountryName);
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
