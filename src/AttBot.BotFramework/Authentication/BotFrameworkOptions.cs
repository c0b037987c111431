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

    /// <summary>Where the channel publishes its token signing keys (the SDK's key name; override for sovereign clouds and tests).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the channel's tokens (the SDK's key name).</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>With no App ID the bot runs anonymously: for local development with the Agents Playground only.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
