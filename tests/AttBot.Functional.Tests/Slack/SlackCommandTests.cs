using System.Diagnostics;
using System.Net;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>The slash command /att with the Teams grammar: acknowledged at once, answered through the response_url.</summary>
public sealed class SlackCommandTests : SlackTestBase
{
    [Fact]
    public async Task Status_is_acknowledged_at_once_and_answered_privately_with_the_status()
    {
        var watch = Stopwatch.StartNew();
        var ack = await Command("status Malaysia", id: "malaysia");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"the ack took {watch.Elapsed}");
        var answer = await Slack.ResponseTo("malaysia");
        Assert.Equal("ephemeral", answer.Body["response_type"]?.GetValue<string>());
        Assert.Contains("Malaysia", answer.Shown);
        Assert.Contains("\"type\":\"header\"", answer.Shown);
        Assert.Contains("Data current to", answer.Shown);
    }

    [Fact]
    public async Task An_empty_command_and_help_explain_the_commands_with_buttons()
    {
        var help = await Ask("");
        Assert.Contains("What AttBot can do", help.Shown);
        Assert.Contains("/att register", help.Shown);
        Assert.Contains("\"action_id\":\"register.open\"", help.Shown);
        Assert.Contains("What AttBot can do", (await Ask("help")).Shown);
    }

    [Fact]
    public async Task An_ambiguous_name_offers_each_state_as_a_button_and_a_click_answers_its_status()
    {
        var choices = await Ask("status Congo");
        Assert.Contains("could mean several states", choices.Shown);
        Assert.Contains("\"value\":\"COD\"", choices.Shown);

        var click = await Click("status:COD", "COD", "U0LEA", "drc", channel: "D0LEA");
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var status = await Slack.ResponseTo("drc");
        Assert.Contains("Democratic Republic of the Congo", status.Shown);
        Assert.Equal(false, status.Body["replace_original"]?.GetValue<bool>());
    }

    [Fact]
    public async Task An_unknown_name_gets_suggestions_never_a_failure()
    {
        var answer = await Ask("status French");
        Assert.Contains("did you mean", answer.Shown);
        Assert.Contains("\"value\":\"FRA\"", answer.Shown);
    }

    [Fact]
    public async Task A_one_line_registration_is_confirmed_and_listed_by_mine()
    {
        var confirmation = await Ask($"register bilateral Tonga {Day(30)}..{Day(32)} topic accession as Mexico");
        Assert.Contains("Registered OR-0001", confirmation.Shown);
        Assert.Contains("Léa Martin", confirmation.Shown); // the display name from users.info
        Assert.Contains("Mexico", confirmation.Shown);

        var mine = await Ask("mine");
        Assert.Contains("Your registrations", mine.Shown);
        Assert.Contains("OR-0001", mine.Shown);
        Assert.Equal(1, CountRows("outreach", "organizer_channel = 'slack' AND organizer_user_id = 'U0LEA'"));
    }

    [Fact]
    public async Task A_registration_with_mistakes_says_what_to_fix_and_offers_the_form_with_it()
    {
        var answer = await Ask($"register bilateral Wakanda {Day(30)}");
        Assert.Contains("Please fix", answer.Shown);
        Assert.Contains("I don't know the state “Wakanda”", answer.Shown);
        Assert.Contains("\"action_id\":\"register.open\"", answer.Shown);
        Assert.Equal(0, CountRows("outreach"));
    }

    [Fact]
    public async Task Changes_follow_the_same_rules_as_on_Teams()
    {
        await Ask($"register bilateral Tonga {Day(30)} as Mexico");
        var moved = await Ask($"move OR-0001 {Day(40)}..{Day(41)}");
        Assert.Contains("OR-0001 moved", moved.Shown);

        var stranger = await Ask("cancel OR-0001", user: "U0STRANGER");
        Assert.Contains("Only the organizer of OR-0001 or the ATT Secretariat can change it.", stranger.Shown);
        Assert.Contains("OR-0001 cancelled", (await Ask("confirm cancel OR-0001")).Shown);
    }

    [Fact]
    public async Task Only_the_Secretariat_may_subscribe_a_channel_or_read_the_history()
    {
        Assert.Contains("Only members of the ATT Secretariat", (await Ask("subscribe alerts", channel: "C0OPEN")).Shown);
        Assert.Contains("Only members of the ATT Secretariat", (await Ask("history Tonga")).Shown);

        Assert.Contains("Alerts on", (await Ask("subscribe alerts", user: SlackSecretariat, channel: "C0ALERTS")).Shown);
        Assert.Equal(1, CountRows("alert_subscriptions", "channel_id = 'slack' AND conversation_id = 'C0ALERTS'"));
        Assert.Contains("History of Tonga", (await Ask("history Tonga", user: SlackSecretariat)).Shown);
    }

    [Fact]
    public async Task Organization_is_remembered_per_Slack_user()
    {
        Assert.Contains("Noted: you act for *Mexico*", (await Ask("organization Mexico")).Shown);
        Assert.Contains("You act for *Mexico*", (await Ask("organization")).Shown);
    }

    [Fact]
    public async Task A_command_the_app_does_not_own_is_answered_in_words()
    {
        var response = await SlackClient.PostAsync("/api/slack/commands", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["command"] = "/other", ["user_id"] = "U0LEA", ["channel_id"] = "D0LEA", ["text"] = "x",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("does not know the command /other", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_click_delivered_twice_is_answered_once()
    {
        await Click("status:TON", "TON", "U0LEA", "twice", channel: "D0LEA");
        await Click("status:TON", "TON", "U0LEA", "twice", channel: "D0LEA");

        await Slack.ResponseTo("twice");
        await Settled();
        Assert.Single(Slack.Calls, c => c.Path == "/response/twice");
    }
}
