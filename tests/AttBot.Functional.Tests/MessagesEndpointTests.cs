using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>What /api/messages does with requests that are not a well-formed activity: a 4xx with a reason, never a 500.</summary>
public sealed class MessagesEndpointTests() : BotTestBase(new() { ["Bot:MaxRequestBodyBytes"] = "65536" })
{

    private Task<HttpResponseMessage> PostRaw(string body, string contentType = "application/json") =>
        Client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, contentType));

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("[1,2,3]", "not a valid activity")]
    [InlineData("null", "not an activity")]
    [InlineData("{}", "no 'type'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}", "no 'channelId'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"c\"},\"text\":\"hi\"}", "no 'from'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"from\":{\"id\":\"u\"},\"text\":\"hi\"}", "no 'conversation'")]
    [InlineData("{\"type\":\"typing\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", "no 'channelId'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"},\"text\":\"hi\"}", "no 'serviceUrl'")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"serviceUrl\":\"ftp://x/\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "not an http(s) URL")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"from\":{\"id\":\"u\"},\"conversation\":{}}", "no 'conversation.id'")]
    [InlineData("{\"type\":\"conversationUpdate\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"from\":{},\"conversation\":{\"id\":\"c\"}}", "no 'from.id'")]
    [InlineData("{\"type\":\"invoke\",\"channelId\":\"msteams\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "no 'name'")]
    [InlineData("{\"type\":\"message\",\"from\":\"someone\"}", "the value at '$.from'")]
    [InlineData("{\"type\":42}", "not a valid activity")]
    public async Task Malformed_activities_get_400_with_the_reason(string body, string reason)
    {
        var response = await PostRaw(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, problem);
        // Words, not the serializer's internals.
        Assert.DoesNotContain("AttBot.", problem);
        Assert.DoesNotContain("System.", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";")]
    [InlineData("application")]
    [InlineData("application/json; charset=latin1")]
    public async Task An_empty_or_invalid_content_type_gets_415_not_500(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.Message(Connector.ServiceUrl, "status Malaysia").ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, CountRows("conversations"));
    }

    [Fact]
    public async Task A_missing_content_type_gets_415()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.Message(Connector.ServiceUrl, "status Malaysia").ToJsonString()));

        var response = await Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Null_members_in_a_member_list_are_ignored_and_the_others_welcomed()
    {
        var added = Activities.MembersAdded(Connector.ServiceUrl, "a:new-chat", Activities.BotId, "29:user-1");
        added["membersAdded"]!.AsArray().Insert(0, null);
        added["membersAdded"]!.AsArray().Add(null);

        var response = await Client.PostActivityAsync(added);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = await Connector.WaitForAsync(c => c.CardJson.Contains("Welcome to AttBot", StringComparison.Ordinal));
        Assert.NotNull(welcome);
    }

    [Fact]
    public async Task A_non_json_content_type_gets_415()
    {
        var response = await PostRaw("type=message", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var huge = Activities.Message(Connector.ServiceUrl, new string('a', 70_000));
        var response = await Client.PostActivityAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_json_gets_400_not_a_crash()
    {
        var nested = new StringBuilder("{\"type\":\"message\",\"value\":");
        for (var i = 0; i < 200; i++) nested.Append("{\"a\":");
        nested.Append('1').Append('}', 200).Append('}');
        var response = await PostRaw(nested.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_is_not_allowed()
    {
        var response = await Client.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task Activity_types_the_bot_does_not_use_are_acknowledged_and_ignored(string type)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "status Malaysia");
        activity["type"] = type;
        var response = await Client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertNoMoreCallsAsync(0);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_gets_400()
    {
        var invoke = Activities.CardAction(Connector.ServiceUrl, "status", new JsonObject());
        invoke["name"] = "composeExtension/queryLink";
        var response = await Client.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("composeExtension/queryLink", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_card_action_without_an_action_gets_400()
    {
        var invoke = Activities.CardAction(Connector.ServiceUrl, "status", new JsonObject());
        invoke["value"] = new JsonObject { ["trigger"] = "manual" };
        var response = await Client.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_fields_are_accepted()
    {
        var activity = Activities.Message(Connector.ServiceUrl, "status Malaysia");
        activity["someFutureField"] = new JsonObject { ["nested"] = true };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t" }, ["newThing"] = 1 };
        var response = await Client.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Malaysia", (await Connector.WaitForOneAsync()).CardJson);
    }

    [Fact]
    public async Task In_anonymous_mode_a_request_carrying_a_token_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.Message(Connector.ServiceUrl, "status Malaysia").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");
        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoMoreCallsAsync(0); // the marker, sent without a token, is answered

    }

    [Fact]
    public async Task In_anonymous_mode_the_bot_never_posts_to_a_non_loopback_service_url()
    {
        var response = await Client.PostActivityAsync(Activities.Message("https://smba.trafficmanager.net/amer/", "status Malaysia"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers()
    {
        var response = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>With an App ID the bot must not fall back to anonymous access.</summary>
public sealed class AppIdConfiguredTests
{
    [Fact]
    public async Task With_an_app_id_unauthenticated_requests_are_refused_and_nothing_is_sent()
    {
        const string appId = "7c3a1e4e-0000-4000-8000-000000000001";
        await using var connector = await FakeConnector.StartAsync();
        // The channel's keys and the bot's token come from a fake OpenID server, so that a signed marker can be answered.
        await using var openId = await FakeOpenIdServer.StartAsync();
        var key = openId.AddKey("key-1", "msteams");
        await using var app = new AttBotApp(new()
        {
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = openId.MetadataUrl,
            ["ToChannelFromBotLoginUrl"] = openId.TokenUrl,
        });
        var client = app.CreateClient();
        var response = await client.PostActivityAsync(Activities.Message(connector.ServiceUrl, "status Malaysia"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await connector.AssertNoMoreCallsAsync(0, async id =>
        {
            using var marker = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(Activities.Message(connector.ServiceUrl, "help", id: id).ToJsonString(), Encoding.UTF8, "application/json"),
            };
            marker.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FakeOpenIdServer.Token(key, "key-1", FakeOpenIdServer.ValidClaims(appId, connector.ServiceUrl)));
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(marker)).StatusCode);
        });
    }
}
