using System.Net;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// A person whose requests pile up is refused in a way they or Slack can act on: a command gets the apology in words,
/// and a typed message (an event, whose answer nobody reads) gets a 503, so Slack delivers it again instead of it
/// being dropped.
/// </summary>
public sealed class SlackBusyTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Slack:WaitingPerPerson"] = "1";
        return settings;
    }

    [Fact]
    public async Task Beyond_what_one_person_may_have_waiting_a_message_is_left_for_Slack_to_send_again_and_a_command_is_told_why()
    {
        // Slack holds the first answer back (429, retry after 20 s): Léa's first request stays at work meanwhile.
        Slack.Script("chat.postMessage", (HttpStatusCode.TooManyRequests, "20", null));
        Assert.Equal(HttpStatusCode.OK, (await Event(MessageEvent("EvFirst", "status Fiji"))).StatusCode);
        await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Status == 429);
        Assert.Equal(HttpStatusCode.OK, (await Event(MessageEvent("EvWaiting", "status Tonga"))).StatusCode); // waits behind it

        var refusedEvent = await Event(MessageEvent("EvRefused", "register bilateral Samoa 2030-03-10 as Mexico"));
        var refusedCommand = await Command("status Samoa");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refusedEvent.StatusCode);
        Assert.Equal(0, CountRows("inbox")); // nothing half taken in: Slack's next delivery is a first one
        Assert.Equal(HttpStatusCode.OK, refusedCommand.StatusCode);
        Assert.Contains("very busy", await refusedCommand.Content.ReadAsStringAsync());
    }
}
