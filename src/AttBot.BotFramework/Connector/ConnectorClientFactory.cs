namespace AttBot.BotFramework.Connector;

/// <summary>Hands out a <see cref="ConnectorClient"/> per serviceUrl over the named, retrying HttpClient.</summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "BotConnector";

    public ConnectorClient Create(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"'{serviceUrl}' is not an http(s) service URL.", nameof(serviceUrl));
        return new ConnectorClient(httpClients.CreateClient(HttpClientName), uri);
    }
}
