using System.Net.Http.Json;
using System.Text.Json.Serialization;
using AttBot.BotFramework.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Connector;

/// <summary>
/// The bot's own token for Connector calls: OAuth 2.0 client credentials for its App ID against Entra ID. The tenant is
/// "botframework.com" for a multi-tenant bot and the bot's own tenant for a single-tenant one (using botframework.com
/// there fails with AADSTS700016).
/// </summary>
public sealed class ClientCredentialsConnectorCredentials(
    IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ClientCredentialsConnectorCredentials> logger)
    : TokenConnectorCredentials(httpClients, HttpClientName, time)
{
    public const string HttpClientName = "BotFrameworkLogin";

    protected override async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var response = await http.PostAsync(settings.LoginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword ?? "",
            ["scope"] = settings.ToChannelFromBotOAuthScope,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await RefusedAsync("The bot could not get its Connector token", response, cancellationToken);
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered with no token.");
        logger.LogInformation("Got a Connector token valid for {Seconds} s", token.ExpiresIn);
        return (token.AccessToken, Time.GetUtcNow().AddSeconds(token.ExpiresIn));
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
        [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
    }
}
