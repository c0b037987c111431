using System.Security.Claims;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Builder;

/// <summary>One turn of a conversation: the inbound activity, who sent it, and a way to answer.</summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public ConnectorClient Connector { get; } = connector;

    /// <summary>
    /// True when this turn was acknowledged before a restart and is processed now from the durable inbox: it may have
    /// been partly done already (its change stored, its answer not sent), so a redelivery should be answered again.
    /// </summary>
    public bool Replayed { get; init; }

    /// <summary>Set by an invoke handler; written as the HTTP response to the inbound POST.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Whether the bot has sent anything in this turn (used to avoid a second error message).</summary>
    public bool Responded { get; private set; }

    /// <summary>
    /// Sends a message to the turn's conversation. Fills in the addressing from the inbound activity, and,
    /// as the SDK does, replies to the activity when there is a replyToId, otherwise sends to the conversation.
    /// </summary>
    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var reply = Activity.CreateReply();
        activity.Type ??= ActivityTypes.Message;
        activity.ServiceUrl ??= reply.ServiceUrl;
        activity.ChannelId ??= reply.ChannelId;
        activity.From ??= reply.From;
        activity.Recipient ??= reply.Recipient;
        activity.Conversation ??= reply.Conversation;
        activity.ReplyToId ??= reply.ReplyToId;
        activity.Locale ??= reply.Locale;

        var response = activity.ReplyToId is null
            ? await Connector.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false)
            : await Connector.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
}
