using System.Net;
using AttBot.BotFramework.Connector;
using AttBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Tests;

/// <summary>Paths and retries of the Connector client, over a recording handler (the functional tests use a real HTTP fake).</summary>
public sealed class ConnectorClientTests
{
    private sealed class Recorder(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        private int _calls;
        public List<string> Uris { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!.AbsoluteUri);
            var status = _calls < statuses.Length ? statuses[_calls] : HttpStatusCode.OK;
            _calls++;
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("""{"id":"r1"}""") });
        }
    }

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = "19:abc@thread.tacv2;messageid=42" },
        ReplyToId = "42",
        Text = "hi",
    };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Reply_path_keeps_the_service_url_path_and_escapes_ids(string serviceUrl)
    {
        var recorder = new Recorder();
        var client = new ConnectorClient(new HttpClient(recorder), new Uri(serviceUrl));

        var response = await client.ReplyToActivityAsync(Reply());

        Assert.Equal("r1", response!.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42/activities/42", recorder.Uris.Single());
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_success_and_permanent_ones_are_not()
    {
        var options = Options.Create(new ConnectorRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1) });
        var flaky = new Recorder(HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway);
        var client = new ConnectorClient(new HttpClient(new ConnectorRetryHandler(options, TimeProvider.System) { InnerHandler = flaky }), new Uri("http://127.0.0.1/"));
        await client.SendToConversationAsync(Reply());
        Assert.Equal(3, flaky.Uris.Count);

        var forbidden = new Recorder(HttpStatusCode.Forbidden);
        client = new ConnectorClient(new HttpClient(new ConnectorRetryHandler(options, TimeProvider.System) { InnerHandler = forbidden }), new Uri("http://127.0.0.1/"));
        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(Reply()));
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Single(forbidden.Uris);
    }
}
