using System.Text.Json;
using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Schema;
using AttBot.Data.Store;
using AttBot.Host.Memory;

namespace AttBot.Host.Bots;

/// <summary>
/// Remembers the conversations the bot is in and welcomes each one once: Teams sends a conversationUpdate and
/// an installationUpdate for the same install, and may send either again.
/// </summary>
public sealed class Welcome(ConversationStore conversations)
{
    // What was last written per conversation: the store is written only when something changed (a new conversation,
    // a moved serviceUrl), not on every message. Per process; a second instance simply writes once more.
    private readonly RecentMemory<(string, string), string> _remembered = new(RememberedConversations);

    /// <summary>Conversations whose reference is known to be stored, at least: beyond it, the oldest are written again when they speak.</summary>
    public const int RememberedConversations = 50_000;

    /// <param name="serviceUrlTrusted">The activity's token vouched for its serviceUrl (see ServiceUrlClaims.VouchesFor).</param>
    public void Remember(Activity activity, bool serviceUrlTrusted)
    {
        if (activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
            return;
        var fingerprint = $"{serviceUrl}|{serviceUrlTrusted}|{activity.Conversation.ConversationType}|{activity.Conversation.TenantId}|{activity.Recipient?.Id}";
        if (_remembered.TryGetValue((channelId, conversationId), out var known) && known == fingerprint)
            return;
        _remembered.Set((channelId, conversationId), fingerprint);
        // Not awaited: the answer needs no reference, and the store writer commits it in order before a later welcome check.
        // When the write fails, the next message writes it again.
        conversations.SaveAsync(new StoredConversation(channelId, conversationId, activity.Conversation.ConversationType,
                activity.Conversation.TenantId, serviceUrl, JsonSerializer.Serialize(activity.GetConversationReference(), BotJson.Options), serviceUrlTrusted))
            .ContinueWith(_ => _remembered.Forget((channelId, conversationId), fingerprint),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    public async Task SendOnceAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!await conversations.TryMarkWelcomedAsync(activity.ChannelId!, activity.Conversation!.Id!))
            return;
        // Nobody has chosen a language in a conversation just installed: the installer's client says which.
        var language = Domain.Language.ReaderLanguage.Of(null, activity.Locale);
        var welcome = Conversations.AdaptiveCardRenderer.Welcome(language);
        await turnContext.Connector.SendToConversationAsync(Address(welcome, activity), cancellationToken);
    }

    public void Forget(Activity activity)
    {
        _remembered.Forget((activity.ChannelId!, activity.Conversation!.Id!));
        _ = conversations.ForgetAsync(activity.ChannelId!, activity.Conversation!.Id!);
    }

    private static Activity Address(Activity message, Activity inbound)
    {
        var reply = inbound.CreateReply();
        message.From = reply.From;
        message.Recipient = reply.Recipient;
        message.Conversation = reply.Conversation;
        message.ServiceUrl = reply.ServiceUrl;
        message.ChannelId = reply.ChannelId;
        return message;
    }
}
