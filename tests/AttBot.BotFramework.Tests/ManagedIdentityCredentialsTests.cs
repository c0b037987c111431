using System.Net;
using AttBot.BotFramework.Authentication;
using AttBot.BotFramework.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AttBot.BotFramework.Tests;

/// <summary>The managed identity token is asked for once, reused, and asked for again shortly before it expires.</summary>
public sealed class ManagedIdentityCredentialsTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2027, 3, 10, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>The metadata endpoint: a new token each time, valid for an hour ("expires_in" as a string, as Azure writes it).</summary>
    private sealed class MetadataEndpoint : HttpMessageHandler, IHttpClientFactory
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"access_token":"token-{{Requests.Count}}","expires_in":"3600","token_type":"Bearer"}"""),
            });
        }

        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);
    }

    [Fact]
    public async Task The_token_is_reused_until_five_minutes_before_it_expires_then_fetched_again()
    {
        var endpoint = new MetadataEndpoint();
        var clock = new Clock();
        var credentials = new ManagedIdentityConnectorCredentials(endpoint, Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = "msi-client-id",
            MicrosoftAppType = "UserAssignedMsi",
            ManagedIdentityTokenEndpoint = "http://169.254.169.254/metadata/identity/oauth2/token",
        }), clock, NullLogger<ManagedIdentityConnectorCredentials>.Instance);

        Assert.Equal("token-1", await credentials.GetTokenAsync(default));
        clock.Now += TimeSpan.FromMinutes(54);
        Assert.Equal("token-1", await credentials.GetTokenAsync(default));
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.Equal("token-2", await credentials.GetTokenAsync(default));

        var first = endpoint.Requests[0];
        Assert.Equal("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fapi.botframework.com&client_id=msi-client-id",
            first.RequestUri!.ToString());
        Assert.Equal(["true"], first.Headers.GetValues("Metadata"));
    }
}
