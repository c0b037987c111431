using System.Net;
using System.Text;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests.Slack;

/// <summary>Every Slack endpoint verifies Slack's signature before it reads anything; with no secret, Slack is off.</summary>
public sealed class SlackSigningTests : SlackTestBase
{
    public static TheoryData<string> Endpoints() => ["/api/slack/events", "/api/slack/commands", "/api/slack/interactions"];

    // From Léa of T0ATT, so that the marker of Settled() is her work too, queued behind this one's if it were taken in.
    private const string RegisterForm = "command=%2Fatt&team_id=T0ATT&user_id=U0LEA&channel_id=D0LEA&text=register+bilateral+Tonga+2030-03-10+as+Mexico";

    private static HttpRequestMessage Unsigned(string path, string body = RegisterForm) => new(HttpMethod.Post, path)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_without_signature_headers_is_refused(string path)
    {
        var response = await Client.SendAsync(Unsigned(path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_signed_with_another_secret_is_refused_and_nothing_is_stored(string path)
    {
        var client = App.CreateDefaultClient(new SlackSigningHandler("not-the-secret"));
        var response = await client.SendAsync(Unsigned(path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Settled();
        Assert.Equal(0, CountRows("outreach"));
        // The marker's own work looks Léa's name up (users.info); the refused request, had it run, would have answered.
        Assert.DoesNotContain(CallsBesideMarkers, c => c.Method != "users.info");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_correctly_signed_request_older_than_five_minutes_is_refused(string path)
    {
        Signer.SignedAt = DateTimeOffset.UtcNow.AddMinutes(-6);
        var response = await SlackClient.SendAsync(Unsigned(path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        var request = Unsigned("/api/slack/commands");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", AttBot.Slack.Verification.SlackRequestVerifier.Sign(SigningSecret, timestamp, Encoding.UTF8.GetBytes(RegisterForm.Replace("Tonga", "Fiji"))));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Slacks_url_verification_challenge_is_answered_once_signed()
    {
        var response = await Event(new() { ["type"] = "url_verification", ["token"] = "x", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_but_malformed_requests_get_400_or_415_never_500()
    {
        var notJson = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        var formToEvents = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StringContent("a=b", Encoding.UTF8, "application/x-www-form-urlencoded") };
        var noCommand = new HttpRequestMessage(HttpMethod.Post, "/api/slack/commands") { Content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded") };
        var badPayload = new HttpRequestMessage(HttpMethod.Post, "/api/slack/interactions") { Content = new StringContent("payload=%7Bnope", Encoding.UTF8, "application/x-www-form-urlencoded") };
        var jsonToCommands = new HttpRequestMessage(HttpMethod.Post, "/api/slack/commands") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        Assert.Equal(HttpStatusCode.BadRequest, (await SlackClient.SendAsync(notJson)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await SlackClient.SendAsync(formToEvents)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SlackClient.SendAsync(noCommand)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SlackClient.SendAsync(badPayload)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await SlackClient.SendAsync(jsonToCommands)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_before_it_is_verified()
    {
        var huge = new HttpRequestMessage(HttpMethod.Post, "/api/slack/events") { Content = new StringContent(new string('x', 300_000), Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await SlackClient.SendAsync(huge)).StatusCode);
    }
}

/// <summary>No signing secret: Slack is off, its URLs do not exist, Teams works as before.</summary>
public sealed class SlackOffTests : BotTestBase
{
    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactions")]
    public async Task Without_a_signing_secret_the_Slack_urls_answer_404(string path)
    {
        var response = await Client.PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
