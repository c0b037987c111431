using System.Net.Http.Json;
using System.Text.Json.Serialization;
using AttBot.BotFramework.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Connector;

/// <summary>
/// The bot's own token for Connector calls: OAuth 2.0 client credentials for its App ID against Entra ID, cached until
/// five minutes before it expires. The tenant is "botframework.com" for a multi-tenant bot and the bot's own tenant for
/// a single-tenant one (using botframework.com there fails with AADSTS700016).
/// </summary>
public sealed class ClientCredentialsConnectorCredentials(
    IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ClientCredentialsConnectorCredentials> logger)
    : IConnectorCredentials
{
    public const string HttpClientName = "BotFrameworkLogin";
    private readonly CachedToken _token = new(time);

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) => await _token.GetAsync(FetchAsync, cancellationToken);

    private async Task<(string, DateTimeOffset)> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(settings.LoginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword ?? "",
            ["scope"] = settings.ToChannelFromBotOAuthScope,
        }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body names the Entra error (AADSTS...), never the secret.
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"The bot could not get its Connector token: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered with no token.");
        logger.LogInformation("Got a Connector token valid for {Seconds} s", token.ExpiresIn);
        return (token.AccessToken, time.GetUtcNow().AddSeconds(token.ExpiresIn));
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string AccessToken { get; set; } = "";
        [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
    }
}
