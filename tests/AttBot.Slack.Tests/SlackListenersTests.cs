using AttBot.Slack.Listeners;
using AttBot.Slack.Payloads;

namespace AttBot.Slack.Tests;

public sealed class SlackListenersTests
{
    [Fact]
    public void Registering_the_same_action_twice_fails_at_once()
    {
        var listeners = new SlackListeners().Action("status", (_, _) => SlackAck.Empty);
        var error = Assert.Throws<InvalidOperationException>(() => listeners.Action("status", (_, _) => SlackAck.Empty));
        Assert.Contains("'status'", error.Message);
    }

    [Fact]
    public void Slash_commands_are_one_key_whatever_their_case() =>
        Assert.Throws<InvalidOperationException>(() => new SlackListeners().Command("/att", _ => SlackAck.Empty).Command("/ATT", _ => SlackAck.Empty));

    [Fact]
    public void An_action_id_with_a_suffix_finds_the_listener_of_its_key()
    {
        var ack = new SlackAck();
        var listeners = new SlackListeners().Action("status", (_, _) => ack);

        Assert.Same(ack, listeners.FindAction("status:VNM")!(new SlackInteraction(), new SlackAction()));
        Assert.Null(listeners.FindAction("statusVNM"));
        Assert.Null(listeners.FindAction(null));
    }

    [Fact]
    public void The_same_key_may_serve_different_kinds()
    {
        var listeners = new SlackListeners().Event("message", _ => SlackAck.Empty).Action("message", (_, _) => SlackAck.Empty);
        Assert.NotNull(listeners.FindEvent("message"));
        Assert.Null(listeners.FindView("message"));
    }
}
