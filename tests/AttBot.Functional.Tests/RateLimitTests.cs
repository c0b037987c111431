using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests;

/// <summary>One person sending too fast is told once, kindly; what they sent over the limit is neither processed nor stored.</summary>
public sealed class RateLimitTests() : ChatTestBase(new()
{
    ["Bot:RateLimit:MessagesPerMinute"] = "1",
    ["Bot:RateLimit:Burst"] = "3",
})
{
    [Fact]
    public async Task Over_the_limit_a_person_is_told_once_nothing_is_stored_and_others_are_unaffected()
    {
        for (var i = 0; i < 3; i++)
            Assert.Contains("Malaysia", Shown(await Say("29:fast", "Fay Fast", "status Malaysia")));

        var told = await Say("29:fast", "Fay Fast", $"register bilateral Tonga {Day(30)} as Mexico");
        Assert.Equal("You're sending messages faster than I can answer them. Please wait a few seconds and try again.", told.Text);
        Assert.Equal(0, CountRows("outreach"));

        // Told once: a further message gets no reply at all, while someone else is answered as usual.
        var before = Connector.Calls.Count;
        await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl, "status Ecuador", "29:fast", "Fay Fast"));
        Assert.Contains("Ecuador", Shown(await Say("29:calm", "Cal Calm", "status Ecuador")));
        // Fay's own marker would not be answered (she is over the limit): Cal's message in her conversation is, after hers.
        await Connector.AssertNoMoreCallsAsync(before + 1, id =>
        {
            var marker = Activities.MessageFrom(Connector.ServiceUrl, "help", "29:calm", "Cal Calm", id);
            marker["conversation"]!["id"] = "a:personal-29:fast";
            return Client.PostActivityAsync(marker);
        });
    }

    [Fact]
    public async Task A_card_click_over_the_limit_is_answered_with_the_notice_and_not_acted_on()
    {
        for (var i = 0; i < 3; i++)
            await Say("29:user-1", "Alex Wilber", "status Malaysia");

        var response = JsonNode.Parse(await Click("29:user-1", "Alex Wilber", "outreach.register", new JsonObject
        {
            ["kind"] = "bilateral", ["countries"] = "TON", ["start"] = Day(30), ["organization"] = "Mexico",
        }))!;
        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("faster than I can answer", response["value"]!.GetValue<string>());
        Assert.Equal(0, CountRows("outreach"));
    }
}
