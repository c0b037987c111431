using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AttBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity, with the wire names of the Activity schema. Properties the bot does not
/// model are kept in <see cref="Properties"/> so that nothing a channel sends is lost on a round trip.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    /// <summary>installationUpdate: add / remove (Teams also sends add-upgrade / remove-upgrade).</summary>
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    /// <summary>Required on invoke and event activities; selects the meaning of <see cref="Value"/>.</summary>
    public string? Name { get; set; }
    public JsonNode? Value { get; set; }
    public ConversationReference? RelatesTo { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The reference to store for proactive messages to this activity's conversation.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// A message addressed back to the sender of this activity, as the SDK's CreateReply does:
    /// from and recipient swapped, same conversation, replyToId set.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}

/// <summary>The activity types this bot routes; anything else is acknowledged and ignored (spec A2006).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
}
