using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests;

/// <summary>
/// Random and hostile requests at /api/messages: the answer is always 2xx or 4xx, the bot stays up, and nothing from
/// a rejected request reaches the store. Seeded, bounded: the same inputs every run.
/// </summary>
// The fuzz sends hundreds of messages as one person: the rate limit (RateLimitTests) would answer most of them.
public sealed class HostileInputTests() : BotTestBase(new() { ["Bot:RateLimit:MessagesPerMinute"] = "0" })
{

    private static readonly string[] Hostile =
    [
        "' OR 1=1; DROP TABLE countries; --", "Robert'); DROP TABLE outreach;--", "<script>alert(1)</script>", "<at>AttBot</at>",
        "\u0000\u0001\u0002", "𝕍𝕚𝕖𝕥 ℕ𝕒𝕞", "\uFEFF\u200B status \u202E Malaysia", "%s%s%s%n", "../../etc/passwd", "{{7*7}}",
        "register bilateral ' OR ''=' 2027-01-01", "register", "done OR-0001 '; DELETE FROM outreach; --", "move OR-99999999999999999999 x",
        new string('A', 20_000), string.Concat(Enumerable.Repeat("Korea, ", 3000)), "status " + new string('\u00e9', 5000),
    ];

    private static JsonNode RandomJson(Random random, int depth)
    {
        switch (random.Next(depth > 6 ? 4 : 7))
        {
            case 0: return JsonValue.Create(random.Next())!;
            case 1: return JsonValue.Create(Hostile[random.Next(Hostile.Length)])!;
            case 2: return JsonValue.Create(random.NextDouble() < 0.5)!;
            case 3: return JsonValue.Create(random.NextDouble() * 1e300)!;
            case 4:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--) array.Add(RandomJson(random, depth + 1));
                return array;
            default:
                var obj = new JsonObject();
                string[] keys = ["type", "id", "text", "value", "from", "conversation", "serviceUrl", "channelId", "name", "entities", "membersAdded", "action", "attachments", "recipient"];
                for (var i = random.Next(6); i > 0; i--) obj[keys[random.Next(keys.Length)]] = RandomJson(random, depth + 1);
                return obj;
        }
    }

    private long StoredRows() => CountRows("conversations") + CountRows("user_profiles") + CountRows("outreach");

    [Fact]
    public async Task Random_json_of_every_shape_gets_2xx_or_4xx_and_rejected_requests_store_nothing()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 300; i++)
        {
            var body = RandomJson(random, 0);
            var response = await Client.PostAsync("/api/messages", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 500, $"{status} for {body.ToJsonString()[..Math.Min(300, body.ToJsonString().Length)]}");
            if (status >= 400)
                Assert.Equal(0, StoredRows());
        }
    }

    [Fact]
    public async Task Hostile_texts_in_well_formed_messages_get_an_answer_and_leave_the_data_intact()
    {
        foreach (var text in Hostile)
        {
            var response = await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, text));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode} for {text[..Math.Min(40, text.Length)]}");
        }

        // A later message in the same conversation: its turn runs after all of theirs, so by its answer they were all answered.
        await Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "status Malaysia", id: "after"));
        var reply = await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == "after");
        Assert.Contains("Signatory, not yet ratified", reply.CardJson);
        Assert.DoesNotContain(Connector.Calls, c => (c.Text ?? "").Contains("went wrong"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("garbage;;;")]
    public async Task Wrong_content_types_are_refused_with_4xx(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.Message(Connector.ServiceUrl, "status Malaysia").ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await Client.PostAsync("/api/messages", content);
        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
