using System.Net;
using System.Text.RegularExpressions;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// "/att calendar feed" on Slack: the same desk as Teams, the address given to the asker alone (the response_url's
/// ephemeral answer, or the direct message), and a Slack member of the Secretariat's feed holding a Teams registration.
/// </summary>
public sealed partial class SlackCalendarFeedTests : SlackTestBase
{
    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        settings["Exports:PublicBaseUrl"] = "https://bot.example.test";
        return settings;
    }

    [GeneratedRegex(@"https://bot\.example\.test(/calendar/[A-Za-z0-9_-]{43}\.ics)")]
    private static partial Regex FeedLink();

    private static string LinkIn(SlackCall answer)
    {
        var match = FeedLink().Match(answer.Shown);
        Assert.True(match.Success, $"No calendar address in: {answer.Shown}");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task A_slash_command_in_a_channel_answers_with_an_ephemeral_link_and_revoke_ends_it()
    {
        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {Day(30)} as France")).Shown);

        var answer = await Ask("calendar feed", channel: "C0OUTREACH");

        Assert.Equal("ephemeral", answer.Body["response_type"]?.GetValue<string>());
        Assert.Contains("Subscribe to this calendar in Outlook", answer.Shown);
        var link = LinkIn(answer);
        var ics = await Client.GetStringAsync(link);
        Assert.Contains("UID:OR-0001@attbot", ics);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage" && c.Shown.Contains("/calendar/"));

        Assert.Contains("no longer works", (await Ask("calendar revoke", channel: "C0OUTREACH")).Shown);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(link)).StatusCode);
    }

    /// <summary>
    /// The reader's language follows one rule on every channel (their choice, else their app's, else English): Slack's
    /// calendar answer once ignored the locale users.info tells, which Slack's Home and Teams already followed.
    /// </summary>
    [Fact]
    public async Task A_person_whose_Slack_is_in_French_gets_the_calendar_answer_in_French()
    {
        Slack.Locales["U0LEA"] = "fr-FR";

        var answer = await Ask("calendar feed");

        Assert.Contains("Voici l’adresse de votre abonnement de calendrier personnel", answer.Shown);
        LinkIn(answer);
    }

    [Fact]
    public async Task A_slack_member_of_the_secretariat_gets_every_registration_whichever_channel_it_came_from()
    {
        Assert.Contains("Registered OR-0001", (await Ask($"register bilateral Tonga {Day(30)} restricted as France")).Shown);
        var teams = await Client.PostActivityAsync(Activities.MessageFrom(Connector.ServiceUrl,
            $"register workshop Fiji {Day(40)} as Mexico", "29:ana", "Ana Ruiz", "ana-1"));
        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        await Connector.WaitForAsync(c => c.Body?["replyToId"]?.GetValue<string>() == "ana-1");

        var ics = await Client.GetStringAsync(LinkIn(await Ask("calendar feed", user: SlackSecretariat, channel: "D0SAM")));

        Assert.Contains("UID:OR-0001@attbot", ics);
        Assert.Contains("UID:OR-0002@attbot", ics);
        Assert.Contains("CLASS:CONFIDENTIAL", ics);
    }
}
