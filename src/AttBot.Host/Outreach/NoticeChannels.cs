using System.Net;
using System.Text.Json;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Hosting;
using AttBot.BotFramework.Schema;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;

namespace AttBot.Host.Outreach;

/// <summary>How outbox messages reach one channel (Teams, Slack). The outbox and its guarantees are the same for all.</summary>
public interface INoticeChannel
{
    /// <summary>True for the outbox rows whose channel_id this channel delivers.</summary>
    bool Delivers(string channelId);

    /// <summary>Sends the notice; throws <see cref="NoticeUndeliverableException"/> when retrying cannot help.</summary>
    Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken);
}

/// <summary>The recipient blocked or removed the bot, or the conversation is gone: the message is given up, not retried.</summary>
public sealed class NoticeUndeliverableException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>Teams and every other Bot Framework channel: a proactive message through the Connector to the stored conversation reference.</summary>
public sealed class BotFrameworkNoticeChannel(ConversationStore conversations, RoleDirectory roles, CloudAdapter adapter, Places.Readers readers,
    Conversations.AdaptiveCardRenderer renderer) : INoticeChannel
{
    public bool Delivers(string channelId) => channelId != Slack.SlackNoticeChannel.ChannelId;

    public async Task SendAsync(OutboxMessage message, Notice notice, CancellationToken cancellationToken)
    {
        var stored = conversations.Find(message.ChannelId, message.ConversationId)
            ?? throw new NoticeUndeliverableException("The bot has no reference to that conversation.");
        var reference = JsonSerializer.Deserialize<ConversationReference>(stored.ReferenceJson, BotJson.Options)!;
        var recipient = roles.ViewerOf(new Person(message.ChannelId, message.ViewerUserId ?? "", null, ""));
        try
        {
            await adapter.ContinueConversationAsync(reference, stored.ServiceUrlTrusted, async (turn, ct) =>
            {
                var readersNow = Notice.ForConversation(message) ? await readers.OfStoredAsync(turn, stored.ConversationType, reference.User?.Id, ct) : recipient;
                await turn.SendActivityAsync(renderer.Render(notice.ReplyFor(message, recipient, readersNow), notice.Language), ct);
            }, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            throw new NoticeUndeliverableException(ex.Message, ex); // blocked, uninstalled or gone
        }
    }
}
