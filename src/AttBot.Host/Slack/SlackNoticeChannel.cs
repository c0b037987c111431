using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Host.Outreach;
using AttBot.Slack.WebApi;

namespace AttBot.Host.Slack;

/// <summary>
/// Outbox messages on Slack: chat.postMessage to the stored conversation, which is a subscribed channel for alerts and
/// digests, and the person's user id for heads-ups, champions' notes and reminders (Slack then posts in the app's
/// direct message with them).
/// </summary>
public sealed class SlackNoticeChannel(SlackApiClient slack, RoleDirectory roles, Places.Readers readers, Conversations.BlockKitRenderer renderer) : INoticeChannel
{
    /// <summary>The channel id of Slack people, conversations and subscriptions in the store ("msteams" for Teams).</summary>
    public const string ChannelId = "slack";

    public bool Delivers(string channelId) => channelId == ChannelId;

    public async Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken)
    {
        var recipient = roles.ViewerOf(new Person(ChannelId, message.ViewerUserId ?? "", null, ""));
        var readersNow = Notice.ForConversation(message) ? await readers.OfSlackAsync(message.ConversationId, cancellationToken) : recipient;
        var blocks = renderer.Render(notice.ReplyFor(message, recipient, readersNow), notice.Language);
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
