using System.Net;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Tests;

public sealed class ConnectorAuthenticationTests
{
    private sealed class FixedToken : IConnectorCredentials
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("the-bots-token");
    }

    private sealed class Recorder : HttpMessageHandler
    {
        public List<string?> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorizations.Add(request.Headers.Authorization?.ToString());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"1"}""") });
        }
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = "c" }, Text = "hi" };

    [Fact]
    public async Task The_bots_token_goes_only_to_service_urls_an_authenticated_activity_vouched_for()
    {
        var trusted = new TrustedServiceUrls();
        trusted.Trust("https://smba.trafficmanager.net/emea/");
        var recorder = new Recorder();
        var http = new HttpClient(new ConnectorAuthenticationHandler(new FixedToken(), trusted) { InnerHandler = recorder });

        await new ConnectorClient(http, new Uri("https://smba.trafficmanager.net/amer/")).SendToConversationAsync(Message());
        var refused = await Assert.ThrowsAsync<ConnectorException>(() =>
            new ConnectorClient(http, new Uri("https://attacker.example/")).SendToConversationAsync(Message()));

        Assert.Equal(["Bearer the-bots-token"], recorder.Authorizations);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_bot_sends_no_token()
    {
        var recorder = new Recorder();
        var http = new HttpClient(new ConnectorAuthenticationHandler(new AnonymousConnectorCredentials(), new TrustedServiceUrls()) { InnerHandler = recorder });

        await new ConnectorClient(http, new Uri("http://127.0.0.1:5000/_connector")).SendToConversationAsync(Message());

        Assert.Equal([null], recorder.Authorizations);
    }
}
