using System.Net;
using AttBot.Functional.Tests.Infrastructure;

namespace AttBot.Functional.Tests.Slack;

/// <summary>The per-person limit holds on Slack as on Teams: told once, privately, and nothing processed meanwhile.</summary>
public sealed class SlackRateLimitTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Bot:RateLimit:MessagesPerMinute"] = "1";
        settings["Bot:RateLimit:Burst"] = "2";
        return settings;
    }

    [Fact]
    public async Task Over_the_limit_a_person_is_told_once_and_nothing_they_send_is_registered()
    {
        await Ask("status Tonga");
        await Ask("status Fiji");

        var third = await Command($"register bilateral Tonga {OutreachRegistrationTests.Day(30)} as Mexico", id: "third");
        var fourth = await Command($"register bilateral Fiji {OutreachRegistrationTests.Day(30)} as Mexico", id: "fourth");

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        var notice = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Shown.Contains("faster than I can answer"));
        Assert.Equal("U0LEA", notice.Body["channel"]?.GetValue<string>());
        // Léa's own marker would go unanswered (she is over the limit). Both commands change data, so both were journaled
        // before their acks and are marked finished once their work (the notice, or nothing) is done.
        await Eventually.Holds(() => CountRows("inbox", "channel = 'slack' AND finished_at IS NOT NULL") == 2);
        Assert.Equal(2, CountRows("inbox", "channel = 'slack'"));
        Assert.Single(Slack.Calls, c => c.Shown.Contains("faster than I can answer"));
        Assert.Equal(0, CountRows("outreach"));
        Assert.Contains("Malaysia", (await Ask("status Malaysia", user: "U0OTHER")).Shown); // others are not slowed
    }
}
