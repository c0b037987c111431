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

/// <summary>Attaches the bot's token, when it has one, to every Connector call.</summary>
public sealed class ConnectorAuthenticationHandler(IConnectorCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credentials.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
