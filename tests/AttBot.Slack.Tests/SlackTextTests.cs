using AttBot.Slack.Payloads;

namespace AttBot.Slack.Tests;

public sealed class SlackTextTests
{
    [Fact]
    public void Escapes_are_undone_so_names_with_an_ampersand_read_as_typed() =>
        Assert.Equal("status St Kitts & Nevis <3", SlackText.Readable("status St Kitts &amp; Nevis &lt;3"));

    [Fact]
    public void Mentions_channels_and_links_read_as_the_person_saw_them() =>
        Assert.Equal("@maria in #general see https://example.org and docs @here",
            SlackText.Readable("<@U0123ABC|maria> in <#C0123|general> see <https://example.org> and <https://x.example|docs> <!here>"));

    [Fact]
    public void A_grant_keeps_the_mention_that_names_the_person_and_drops_the_bot()
    {
        var text = "<@U0BOT> grant champion Oceania <@U0123ABC|maria> &amp; co";
        Assert.Equal("  grant champion Oceania <@U0123ABC|maria> & co", SlackText.WithUserMentions(text, removeUser: "U0BOT"));
        Assert.Equal("  grant champion Oceania @maria & co", SlackText.Readable(text, removeUser: "U0BOT"));
    }

    [Fact]
    public void Typed_angle_brackets_are_kept_as_typed() =>
        Assert.Equal("<@U0FAKE> is text", SlackText.Readable("&lt;@U0FAKE&gt; is text"));
}
