namespace AttBot.BotFramework.Connector;

/// <summary>The bearer token the bot presents to the Connector; none in anonymous (development) mode.</summary>
public interface IConnectorCredentials
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

public sealed class AnonymousConnectorCredentials : IConnectorCredentials
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

/// <summary>Attaches the bot's token, when it has one, to Connector calls, and only to service URLs it trusts.</summary>
public sealed class ConnectorAuthenticationHandler(IConnectorCredentials credentials, TrustedServiceUrls trusted) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (credentials is not AnonymousConnectorCredentials)
        {
            if (!trusted.IsTrusted(request.RequestUri!))
                throw new ConnectorException(System.Net.HttpStatusCode.Forbidden, request.Method, request.RequestUri!,
                    "refused to send the bot's token to a service URL that no authenticated activity vouched for");
            var token = await credentials.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
