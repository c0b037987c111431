namespace AttBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity, under the Bot Framework's conventional configuration keys
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId) at the configuration root.
/// </summary>
public sealed class BotFrameworkOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>With no App ID the bot runs anonymously: for local development with the Agents Playground only.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
