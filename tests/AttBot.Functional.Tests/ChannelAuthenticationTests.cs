using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>
/// With a MicrosoftAppId every activity must carry a valid Bot Connector token. Keys are generated here and served
/// from a fake OpenID endpoint on loopback; a refused request is answered 401 and leaves nothing in the store.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "7c3a1e4e-0000-4000-8000-000000000001";
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private AttBotApp _app = null!;
    private HttpClient _client = null!;
    private RSA _key = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _key = _openId.AddKey("key-1", "msteams");
        _connector = await FakeConnector.StartAsync();
        _app = new AttBotApp(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = _openId.TokenUrl,
            ["Bot:OpenIdKeys:MinRefreshInterval"] = "00:00:00",
        });
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private async Task<HttpStatusCode> Send(string? authorization, string serviceUrl, string channelId = "msteams", string text = "status Malaysia", string? id = null)
    {
        var activity = Activities.Message(serviceUrl, text, id: id);
        activity["channelId"] = channelId;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return (await _client.SendAsync(request)).StatusCode;
    }

    private string Bearer(Action<Dictionary<string, object?>>? change = null, RSA? key = null, string keyId = "key-1", string alg = "RS256")
    {
        var claims = FakeOpenIdServer.ValidClaims(AppId, _connector.ServiceUrl);
        change?.Invoke(claims);
        return "Bearer " + FakeOpenIdServer.Token(key ?? _key, keyId, claims, alg);
    }

    private long StoredConversations()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM conversations";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Asserts the count once the bot has answered a validly signed marker in the same conversation: a refused request
    /// whose turn ran anyway would have been answered before it.
    /// </summary>
    private Task AssertNoMoreCallsAsync(int expectedTotal) =>
        _connector.AssertNoMoreCallsAsync(expectedTotal, async id => Assert.Equal(HttpStatusCode.OK, await Send(Bearer(), _connector.ServiceUrl, text: "help", id: id)));

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_answered_with_the_bots_own_token()
    {
        Assert.Equal(HttpStatusCode.OK, await Send(Bearer(), _connector.ServiceUrl));
        var reply = await _connector.WaitForOneAsync();
        Assert.Contains("Malaysia", reply.CardJson);
        Assert.Equal("Bearer bot-token-1", reply.Authorization);

        var request = Assert.Single(_openId.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(AppId, request["client_id"]);
        Assert.Equal("test-secret", request["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
    }

    [Fact]
    public async Task The_bots_token_is_cached_and_reused()
    {
        Assert.Equal(HttpStatusCode.OK, await Send(Bearer(), _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, await Send(Bearer(), _connector.ServiceUrl));
        var calls = await _connector.WaitForCallsAsync(2);

        Assert.All(calls, c => Assert.Equal("Bearer bot-token-1", c.Authorization));
        Assert.Single(_openId.TokenRequests);
    }

    public static TheoryData<string, string> Forgeries => new()
    {
        { "expired", "exp" },
        { "not yet valid", "nbf" },
        { "wrong audience", "aud" },
        { "wrong issuer", "iss" },
        { "no service url", "serviceurl" },
        { "service url of another host", "serviceurl-other" },
        { "no expiry", "exp-missing" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Forged_or_stale_tokens_are_refused_and_nothing_is_stored(string _, string forgery)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = Bearer(claims =>
        {
            switch (forgery)
            {
                case "exp": claims["exp"] = now - 600; break;
                case "nbf": claims["nbf"] = now + 600; break;
                case "aud": claims["aud"] = "another-bot"; break;
                case "iss": claims["iss"] = "https://evil.example"; break;
                case "serviceurl": claims["serviceurl"] = null; break;
                case "serviceurl-other": claims["serviceurl"] = "https://evil.example/"; break;
                case "exp-missing": claims["exp"] = null; break;
            }
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await Send(token, _connector.ServiceUrl));
        Assert.Equal(0, StoredConversations()); // before the marker, whose own conversation is then stored
        await AssertNoMoreCallsAsync(0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task Missing_or_malformed_authorization_is_refused(string? authorization)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(authorization, _connector.ServiceUrl));
        Assert.Equal(0, StoredConversations()); // before the marker, whose own conversation is then stored
        await AssertNoMoreCallsAsync(0);
    }

    [Fact]
    public async Task A_token_signed_with_an_unpublished_key_is_refused()
    {
        using var stranger = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(Bearer(key: stranger, keyId: "key-unknown"), _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(Bearer(key: stranger, keyId: "key-1"), _connector.ServiceUrl));
        Assert.Equal(0, StoredConversations());
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(Bearer(), _connector.ServiceUrl, channelId: "slack"));
        await AssertNoMoreCallsAsync(0);
    }

    [Fact]
    public async Task The_none_algorithm_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await Send(Bearer(alg: "none"), _connector.ServiceUrl));
    }

    [Fact]
    public async Task A_key_published_after_startup_is_fetched_when_first_used()
    {
        Assert.Equal(HttpStatusCode.OK, await Send(Bearer(), _connector.ServiceUrl));
        var rotated = _openId.AddKey("key-2", "msteams");

        Assert.Equal(HttpStatusCode.OK, await Send(Bearer(key: rotated, keyId: "key-2"), _connector.ServiceUrl));
        Assert.Equal(2, _openId.KeySetRequests);
    }

    [Fact]
    public async Task A_flood_of_unknown_key_ids_does_not_refetch_the_keys_each_time()
    {
        await using var app = new AttBotApp(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
        });
        var client = app.CreateClient();
        using var stranger = RSA.Create(2048);
        for (var i = 0; i < 10; i++)
        {
            var activity = Activities.Message(_connector.ServiceUrl, "status Malaysia");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Authorization", Bearer(key: stranger, keyId: $"made-up-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(1, _openId.KeySetRequests);
    }
}
