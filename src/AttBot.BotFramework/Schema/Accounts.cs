using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttBot.BotFramework.Schema;

/// <summary>A user or bot on a channel. In Teams a user id looks like "29:...", a bot id like "28:&lt;appId&gt;".</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>The conversation an activity belongs to. Teams sets conversationType to personal, groupChat or channel.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Everything needed to message a conversation later, without an inbound activity.</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>What the Connector answers to a send: the id of the new activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>One page of a conversation's members (GET …/pagedmembers); no continuation token on the last page.</summary>
public sealed class PagedMembersResult
{
    public List<ChannelAccount>? Members { get; set; }
    public string? ContinuationToken { get; set; }
}
