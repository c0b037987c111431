using System.Net;
using System.Text.Json.Nodes;
using static AttBot.Functional.Tests.Infrastructure.ChatTestBase;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// The role × command × place matrix on Slack: a direct message, a slash command in a channel (answered ephemerally)
/// and a mention in a channel, by a stakeholder, Oceania's champion, the Caribbean's champion, the organizer and the
/// Secretariat. Answers in a channel reach the asker alone, and carry only what the asker may see; what is posted for
/// the whole channel (alerts, settled alerts) is written for its members, read with conversations.members.
/// </summary>
public sealed class SlackAudienceTests : SlackTestBase
{
    public enum Who { Stakeholder, ChampionOfOceania, ChampionOfCaribbean, Secretariat, Organizer }

    public enum Where { DirectMessage, SlashCommandInChannel, MentionInChannel }

    private const string Mixed = "C0MIXED";

    private static readonly Dictionary<Who, string> Users = new()
    {
        [Who.Stakeholder] = "U0LEA",
        [Who.ChampionOfOceania] = "U0CHLOE",
        [Who.ChampionOfCaribbean] = "U0CARL",
        [Who.Secretariat] = SlackSecretariat,
        [Who.Organizer] = "U0OLGA",
    };

    private static readonly string[] RestrictedDetail = ["Olga Organizer", "Secret Partner State", "UNRCPD", "confidential-note-text"];

    private static readonly string[] Commands =
    [
        "status Tonga", "outreach Tonga", "mine", "history Tonga", "history OR-0001", "export csv", "summary 2027", "priorities",
        "priority Tonga", "gaps", "roles", "region Oceania", "champions", $"register call Tonga {Day(31)} as Someone Else's Office",
    ];

    public static TheoryData<string, Who, Where> EveryCommandByEveryRoleInEveryPlace()
    {
        var data = new TheoryData<string, Who, Where>();
        foreach (var command in Commands)
            foreach (var who in Enum.GetValues<Who>())
                foreach (var where in Enum.GetValues<Where>())
                    data.Add(command, who, where);
        return data;
    }

    private static bool MaySee(Who who) => who is Who.Organizer or Who.Secretariat or Who.ChampionOfOceania;

    private async Task Setting()
    {
        Slack.Names["U0OLGA"] = "Olga Organizer";
        Slack.Names["U0CHLOE"] = "Chloe Champion";
        Slack.Names["U0CARL"] = "Carl Caribbean";
        Slack.Members[Mixed] = [.. Users.Values];
        Assert.Contains("Done", (await Ask("grant champion Oceania <@U0CHLOE>", user: SlackSecretariat)).Shown);
        Assert.Contains("Done", (await Ask("grant champion Caribbean <@U0CARL>", user: SlackSecretariat)).Shown);
        Assert.Contains("Registered OR-0001", (await Ask(
            $"register visit Tonga {Day(30)} with UNRCPD restricted as Secret Partner State note confidential-note-text", user: "U0OLGA", channel: "D0OLGA")).Shown);
        Assert.Contains("Registered OR-0002", (await Ask($"register call Tonga {Day(30)} as Open Office", user: "U0OTTO", channel: "D0OTTO")).Shown);
    }

    /// <summary>Asks as the person in the place; returns the answer and every message posted for a whole channel meanwhile.</summary>
    private async Task<(SlackCall Answer, IReadOnlyList<SlackCall> PostedToChannel)> AskIn(string text, Who who, Where where)
    {
        var user = Users[who];
        var before = Slack.Calls.Count;
        SlackCall answer;
        switch (where)
        {
            case Where.DirectMessage:
                answer = await Ask(text, user, channel: $"D{user}");
                break;
            case Where.SlashCommandInChannel:
                answer = await Ask(text, user, channel: Mixed);
                break;
            default:
                var response = await Event(MessageEvent(Guid.NewGuid().ToString("N"), $"<@U0BOT> {text}", user, Mixed, type: "app_mention", channelType: "channel"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                answer = await Slack.WaitForAsync(c => Slack.Calls.ToList().IndexOf(c) >= before
                    && c.Method is "chat.postEphemeral" or "chat.postMessage" && c.Body["user"]?.ToString() == user);
                break;
        }
        var posted = Slack.Calls.Skip(before).Where(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == Mixed).ToList();
        return (answer, posted);
    }

    [Theory]
    [MemberData(nameof(EveryCommandByEveryRoleInEveryPlace))]
    public async Task An_answer_in_a_channel_reaches_the_asker_alone_and_shows_only_what_they_may_see(string command, Who who, Where where)
    {
        await Setting();

        var (answer, postedToChannel) = await AskIn(command, who, where);

        Assert.Empty(postedToChannel);
        if (where != Where.DirectMessage)
            Assert.True(answer.Method is "response" or "chat.postEphemeral", $"{answer.Method} is seen by the whole channel");
        if (answer.Method == "response")
            Assert.Equal("ephemeral", answer.Body["response_type"]?.ToString());
        // Olga's "register" is a shared registration of her own: her name on it is no secret.
        var secrets = who == Who.Organizer && command.StartsWith("register", StringComparison.Ordinal) ? RestrictedDetail.Skip(1) : RestrictedDetail;
        if (!MaySee(who))
            foreach (var detail in secrets)
                Assert.DoesNotContain(detail, answer.Shown);
        if (who != Who.Secretariat)
            Assert.DoesNotContain("/api/exports/", answer.Shown);
        if (who == Who.Secretariat && command == "history OR-0001")
            Assert.Contains("History of OR-0001", answer.Shown);
    }

    [Fact]
    public async Task A_mixed_channel_is_told_its_alerts_are_anonymous_and_gets_them_so_and_a_secretariat_channel_gets_them_whole()
    {
        await Setting();
        Slack.Members["C0SECRETARIAT"] = [SlackSecretariat];

        var mixed = await Ask("subscribe alerts", SlackSecretariat, Mixed);
        Assert.Contains("Not everyone here is in the ATT Secretariat", mixed.Shown);
        var own = await Ask("subscribe alerts", SlackSecretariat, "C0SECRETARIAT");
        Assert.Contains("Everyone here is in the ATT Secretariat", own.Shown);

        await Ask($"register workshop Tonga {Day(29)} as Third Office", user: "U0TINA", channel: "D0TINA");

        var anonymous = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == Mixed && c.Shown.Contains("OR-0001") && c.Shown.Contains("OR-0003"));
        foreach (var detail in RestrictedDetail)
            Assert.DoesNotContain(detail, anonymous.Shown);
        Assert.Contains("another stakeholder", anonymous.Shown);
        var whole = await Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == "C0SECRETARIAT" && c.Shown.Contains("OR-0001") && c.Shown.Contains("OR-0003"));
        Assert.Contains("Olga Organizer", whole.Shown);
        Assert.Contains("confidential-note-text", whole.Shown);
    }

    [Fact]
    public async Task Settling_an_alert_in_a_mixed_channel_rewrites_it_for_everyone_there_without_restricted_detail()
    {
        await Setting();
        Slack.Members[Mixed] = [SlackSecretariat, "U0LEA"];

        await Click(AttBot.Cards.BlockKit.SlackActions.Coordinated, "1", SlackSecretariat, "settle-1", channel: Mixed);

        var replaced = await Slack.ResponseTo("settle-1");
        Assert.Equal(true, replaced.Body["replace_original"]?.GetValue<bool>());
        Assert.Contains("Marked coordinated", replaced.Shown);
        foreach (var detail in RestrictedDetail)
            Assert.DoesNotContain(detail, replaced.Shown);
    }
}
