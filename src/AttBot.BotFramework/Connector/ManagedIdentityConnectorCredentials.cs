using System.Globalization;
using System.Text.Json;
using AttBot.BotFramework.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Connector;

/// <summary>
/// The bot's own token when it runs as a user-assigned managed identity (MicrosoftAppType = UserAssignedMsi): asked of the
/// Azure instance metadata endpoint for the identity whose client id is the App ID, with no secret anywhere.
/// </summary>
public sealed class ManagedIdentityConnectorCredentials(
    IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<ManagedIdentityConnectorCredentials> logger)
    : TokenConnectorCredentials(httpClients, HttpClientName, time)
{
    public const string HttpClientName = "BotFrameworkManagedIdentity";

    protected override async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The metadata endpoint takes a resource, not a scope: "https://api.botframework.com/.default" → "https://api.botframework.com".
        var resource = settings.ToChannelFromBotOAuthScope.EndsWith("/.default", StringComparison.Ordinal)
            ? settings.ToChannelFromBotOAuthScope[..^"/.default".Length]
            : settings.ToChannelFromBotOAuthScope;
        var url = $"{settings.ManagedIdentityTokenEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString(resource)}&client_id={Uri.EscapeDataString(settings.MicrosoftAppId!)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Metadata", "true");
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await RefusedAsync("The bot could not get its Connector token from its managed identity", response, cancellationToken);

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(body);
        var token = json.RootElement.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
        if (token.Length == 0)
            throw new InvalidOperationException("The managed identity endpoint answered with no token.");
        var expiresAt = Time.GetUtcNow().AddSeconds(Seconds(json.RootElement, "expires_in") ?? 300);
        logger.LogInformation("Got a Connector token from the managed identity, valid until {ExpiresAt:u}", expiresAt);
        return (token, expiresAt);
    }

    /// <summary>The metadata endpoint writes numbers as strings ("expires_in": "86399"); accept both.</summary>
    private static long? Seconds(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number ? value.GetInt64()
        : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;
}
