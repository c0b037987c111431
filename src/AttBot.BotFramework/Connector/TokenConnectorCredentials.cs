namespace AttBot.BotFramework.Connector;

/// <summary>
/// The bot's own token for Connector calls, cached until five minutes before it expires: each way of getting one
/// (client credentials, managed identity) says only how it asks, through its named HTTP client.
/// </summary>
public abstract class TokenConnectorCredentials(IHttpClientFactory httpClients, string httpClientName, TimeProvider time) : IConnectorCredentials
{
    private readonly CachedToken _token = new(time);

    protected TimeProvider Time => time;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        await _token.GetAsync(ct => FetchAsync(httpClients.CreateClient(httpClientName), ct), cancellationToken);

    protected abstract Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(HttpClient http, CancellationToken cancellationToken);

    /// <summary>The endpoint refused: its status and the start of its answer, which names the error (AADSTS…), never the secret.</summary>
    protected static async Task<Exception> RefusedAsync(string what, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new InvalidOperationException($"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
    }
}
