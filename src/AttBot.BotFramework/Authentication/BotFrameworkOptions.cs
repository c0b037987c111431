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

    /// <summary>
    /// Where the bot gets its own token (the SDK's key name): an authority as botbuilder-dotnet writes it
    /// (https://login.microsoftonline.com/&lt;tenant&gt;) or a full token endpoint (…/oauth2/v2.0/token).
    /// Default: Entra ID for the bot's tenant.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The scope of the bot's own token (the SDK's key name).</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Where the bot gets its token: the configured URL, else its own tenant (single-tenant) or botframework.com (multi-tenant).</summary>
    public string LoginUrl => TokenEndpoint(ToChannelFromBotLoginUrl is { Length: > 0 } url ? url
        : $"https://login.microsoftonline.com/{(string.Equals(MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId)}");

    /// <summary>
    /// The token endpoint for a login URL: a URL whose path ends in /token is one already; anything else is an authority,
    /// whose endpoint is &lt;authority&gt;/oauth2/v2.0/token, as MSAL (and so the SDK) derives it.
    /// </summary>
    public static string TokenEndpoint(string loginUrl)
    {
        var url = loginUrl.Trim();
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return path.TrimEnd('/').EndsWith("/token", StringComparison.OrdinalIgnoreCase) ? url : url.TrimEnd('/') + "/oauth2/v2.0/token";
    }

    /// <summary>
    /// Where a UserAssignedMsi bot asks for its token: the Azure instance metadata endpoint (override for tests or other hosts).
    /// </summary>
    public string ManagedIdentityTokenEndpoint { get; set; } = "http://169.254.169.254/metadata/identity/oauth2/token";

    public bool IsUserAssignedMsi => string.Equals(MicrosoftAppType, "UserAssignedMsi", StringComparison.OrdinalIgnoreCase);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Issuers whose tokens the bot accepts: the channel's, and for a single-tenant bot its own tenant's (Entra ID v1 and v2),
    /// as the SDK does. A multi-tenant bot accepts the channel's only.
    /// </summary>
    public IReadOnlyList<string> ValidIssuers => IsSingleTenant && MicrosoftAppTenantId is { Length: > 0 } tenant
        ? [ToBotFromChannelTokenIssuer, $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"]
        : [ToBotFromChannelTokenIssuer];

    /// <summary>Where a single-tenant bot's own tenant publishes its signing keys (override for sovereign clouds and tests).</summary>
    public string? ToBotFromTenantOpenIdMetadataUrl { get; set; }

    public string? TenantOpenIdMetadataUrl => !IsSingleTenant || string.IsNullOrEmpty(MicrosoftAppTenantId) ? null
        : ToBotFromTenantOpenIdMetadataUrl is { Length: > 0 } url ? url
        : $"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>With no App ID the bot runs anonymously: for local development with the Agents Playground only.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
