using System.Net;
using AttBot.Cards.BlockKit;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.RoleMatrix;
using static AttBot.Functional.Tests.Infrastructure.ChatTestBase;

namespace AttBot.Functional.Tests.Slack;

/// <summary>
/// The role × command matrix of <see cref="RoleMatrix"/> (the same commands and expectations as the Teams matrix,
/// RoleMatrixTests) driven over Slack: a direct message, a slash command in a channel (answered ephemerally) and a
/// mention in a channel (answered with chat.postEphemeral), by a stakeholder, Oceania's champion, the Caribbean's
/// champion, the Secretariat and the organizer, in the same scene. Every message the bot sends meanwhile (the answer,
/// heads-ups, champions' notes, alerts, rewritten alerts) is checked against whoever reads it: the asker, the person whose
/// direct message it lands in, or the channel's mixed members. Alerts in a subscribed channel follow the channel's
/// members, read with conversations.members and kept for the configured roster cache time.
/// </summary>
public sealed class SlackRoleMatrixTests : SlackTestBase
{
    public enum Where { DirectMessage, SlashCommandInChannel, MentionInChannel }

    /// <summary>A channel whose members are everyone of the scene.</summary>
    private const string Mixed = "C0MIXED";

    /// <summary>Another channel of everyone of the scene, subscribed to alerts in the scene.</summary>
    private const string MixedAlerts = "C0MIXEDALERTS";

    /// <summary>A channel of Secretariat members only (at first).</summary>
    private const string SecretariatChannel = "C0SECRETARIAT";

    private static readonly TimeSpan RosterCacheTime = TimeSpan.FromMinutes(1);

    private readonly MovableTime _time = new();

    protected override TimeProvider? Time => _time;

    protected override Dictionary<string, string?> Settings(FakeSlackApi slack)
    {
        var settings = base.Settings(slack);
        // The Secretariat sets the scene and then asks again: more than the default burst.
        settings["Bot:RateLimit:Burst"] = "40";
        settings["Audience:RosterCacheTime"] = RosterCacheTime.ToString();
        return settings;
    }

    private static readonly Dictionary<Who, string> Users = new()
    {
        [Who.Stakeholder] = "U0LEA",
        [Who.ChampionOfOceania] = "U0CHLOE",
        [Who.ChampionOfCaribbean] = "U0CARL",
        [Who.Secretariat] = SlackSecretariat,
        [Who.Organizer] = "U0OLGA",
    };

    /// <summary>The people the commands name, as Slack writes a mention.</summary>
    private static readonly Dictionary<string, string> Mentions = new()
    {
        ["Nina"] = "<@U0NINA>",
        ["Chloe"] = "<@U0CHLOE>",
    };

    /// <summary>Every command by every role in every place; a card button is clicked in a direct message or in the channel.</summary>
    public static TheoryData<string, Who, Where> EveryCommandByEveryRoleInEveryPlace()
    {
        var data = new TheoryData<string, Who, Where>();
        foreach (var (command, @case) in Commands)
            foreach (var who in Enum.GetValues<Who>())
                foreach (var where in Enum.GetValues<Where>())
                    if (@case.ButtonData is null || where != Where.MentionInChannel)
                        data.Add(command, who, where);
        return data;
    }

    /// <summary>
    /// The scene of <see cref="RoleMatrix"/>, set in direct messages; everyone of it is in the mixed channels, and alerts
    /// go to one of them and to the Secretariat's channel.
    /// </summary>
    private async Task Setting()
    {
        Slack.Names["U0OLGA"] = "Olga Organizer";
        Slack.Names["U0CHLOE"] = "Chloe Champion";
        Slack.Names["U0CARL"] = "Carl Caribbean";
        Slack.Names["U0NINA"] = "Nina New";
        Slack.Names["U0OTTO"] = "Otto Other";
        Slack.Members[Mixed] = [.. Users.Values];
        Slack.Members[MixedAlerts] = [.. Users.Values];
        Slack.Members[SecretariatChannel] = [SlackSecretariat];
        // Alerts and change notices of what the commands do land in a mixed channel and a Secretariat one.
        Assert.Contains("Not everyone here is in the ATT Secretariat", (await Ask("subscribe alerts", SlackSecretariat, MixedAlerts)).Shown);
        Assert.Contains("Everyone here is in the ATT Secretariat", (await Ask("subscribe alerts", SlackSecretariat, SecretariatChannel)).Shown);
        Assert.Contains("Done", (await Ask("grant champion Oceania <@U0CHLOE>", user: SlackSecretariat, channel: "D0SAM")).Shown);
        Assert.Contains("Done", (await Ask("grant champion Caribbean <@U0CARL>", user: SlackSecretariat, channel: "D0SAM")).Shown);
        Assert.Contains("Registered OR-0001", (await Ask(RestrictedRegistration, user: "U0OLGA", channel: "D0OLGA")).Shown);
        Assert.Contains("Registered OR-0002", (await Ask($"register call Tonga {Day(30)} as Open Office", user: "U0OTTO", channel: "D0OTTO")).Shown);
        Assert.Contains("now in tier 3", (await Ask("priority Tonga 3", user: SlackSecretariat, channel: "D0SAM")).Shown);
        Assert.Contains("now in tier 2", (await Ask("priority Haiti 2", user: SlackSecretariat, channel: "D0SAM")).Shown);
        Assert.Contains("Recorded: Tonga", (await Ask($"intention Tonga {Day(-10)} at Secret Venue: pacific-intention-text", user: "U0CHLOE", channel: "D0CHLOE")).Shown);
        Assert.Contains("Status import #1: preview", (await Ask("import status\n" + StatusCsv, user: SlackSecretariat, channel: "D0SAM")).Shown);
        await OutboxEmpty(); // heads-ups and champions' notes of the scene delivered: what follows is the command's
    }

    private static string DirectMessageOf(Who who) => "D" + Users[who];

    /// <summary>Asks (or clicks) as the person in the place; returns the answer they read.</summary>
    private async Task<SlackCall> AskIn(string command, Who who, Where where)
    {
        var user = Users[who];
        var buttonData = Commands[command].ButtonData;
        var text = Typed(Commands[command].TextFor(who), Mentions);
        var channel = where == Where.DirectMessage ? DirectMessageOf(who) : Mixed;
        var before = Slack.Calls.Count;
        if (buttonData is not null)
        {
            // The buttons of an alert and of an import preview, as Block Kit lays them out.
            var id = Guid.NewGuid().ToString("N");
            var (actionId, value) = text switch
            {
                SlackActions.Coordinated => (SlackActions.Coordinated, buttonData["conflictId"]!.ToString()),
                "status.import.apply" => (SlackActions.WithSuffix(SlackActions.Command, "apply"), $"apply import {buttonData["importId"]}"),
                _ => (SlackActions.WithSuffix(SlackActions.Command, "discard"), $"discard import {buttonData["importId"]}"),
            };
            Assert.Equal(HttpStatusCode.OK, (await Click(actionId, value, user, id, channel)).StatusCode);
            return await Slack.ResponseTo(id);
        }
        switch (where)
        {
            case Where.SlashCommandInChannel:
                return await Ask(text, user, channel);
            case Where.DirectMessage:
                Assert.Equal(HttpStatusCode.OK, (await Event(MessageEvent(Guid.NewGuid().ToString("N"), text, user, channel))).StatusCode);
                return await Slack.WaitForAsync(c => Slack.Calls.ToList().IndexOf(c) >= before
                    && c.Method == "chat.postMessage" && c.Body["channel"]?.ToString() == channel);
            default:
                var mention = MessageEvent(Guid.NewGuid().ToString("N"), $"<@U0BOT> {text}", user, channel, type: "app_mention", channelType: "channel");
                Assert.Equal(HttpStatusCode.OK, (await Event(mention)).StatusCode);
                return await Slack.WaitForAsync(c => Slack.Calls.ToList().IndexOf(c) >= before
                    && c.Method is "chat.postEphemeral" or "chat.postMessage" && c.Body["channel"]?.ToString() == channel);
        }
    }

    /// <summary>
    /// Who reads a message the bot sent Slack: the asker (an ephemeral answer), the person of a direct message, or the
    /// channel's members (a post or a rewritten message there). Null: readers of whom nothing restricted may be shown
    /// (the mixed channel, people outside the scene). Calls that show nobody anything (users.info, member lists) are left out.
    /// </summary>
    private static (bool Shown, Who? Reader) ReaderOf(SlackCall call, Who asker, string channel)
    {
        return call.Method switch
        {
            "response" when call.Body["replace_original"]?.GetValue<bool>() == true => (true, ChannelReader(channel)),
            "response" when call.Body["response_type"]?.ToString() == "ephemeral" => (true, asker),
            "response" => (true, ChannelReader(channel)),
            "chat.postEphemeral" => (true, Person(call.Body["user"]?.ToString())),
            "chat.postMessage" or "chat.update" => (true, ChannelReader(call.Body["channel"]?.ToString())),
            "views.publish" => (true, Person(call.Body["user_id"]?.ToString())),
            _ => (false, null),
        };
    }

    private static Who? Person(string? id) => Users.Where(u => id == u.Value || id == "D" + u.Value).Select(u => (Who?)u.Key).FirstOrDefault();

    private static Who? ChannelReader(string? id) => id is Mixed or MixedAlerts ? null : id is SecretariatChannel or "C0ALERTS" ? Who.Secretariat : Person(id);

    [Theory]
    [MemberData(nameof(EveryCommandByEveryRoleInEveryPlace))]
    public async Task Each_command_in_each_place_is_allowed_or_refused_by_role_and_nothing_sent_shows_a_reader_what_they_may_not_see(
        string command, Who who, Where where)
    {
        await Setting();
        var before = Stored(App.DatabasePath);
        var calls = Slack.Calls.Count;

        var answer = await AskIn(command, who, where);
        await OutboxEmpty();

        // In a channel, the answer reaches the asker alone; nothing but alerts is posted for a channel.
        var (_, allowed, done, buttonData, _) = Commands[command];
        var channel = where == Where.DirectMessage ? DirectMessageOf(who) : Mixed;
        if (where != Where.DirectMessage)
        {
            Assert.True(answer.Method is "response" or "chat.postEphemeral", $"{answer.Method} is read by the whole channel");
            if (answer.Method == "response" && buttonData is null)
                Assert.Equal("ephemeral", answer.Body["response_type"]?.ToString());
        }
        if (MayUse(allowed, who))
        {
            Assert.Contains(done, answer.Shown);
            Assert.DoesNotContain("Only ", answer.Shown);
            // Those who may read the restricted plan still read it, even in a channel: the answer is theirs alone.
            if (command == "outreach" && MaySee(who))
                Assert.Contains("Olga Organizer", answer.Shown);
        }
        else
        {
            Assert.Contains(Refusal(allowed, who), answer.Shown);
            Assert.Equal(before, Stored(App.DatabasePath));
        }
        foreach (var call in Slack.Calls.Skip(calls))
            if (ReaderOf(call, who, channel) is (true, var reader))
                AssertNothingForbiddenTo(reader, call.Shown, who, command);
    }

    [Fact]
    public async Task Alerts_in_a_channel_are_anonymous_with_mixed_members_whole_with_secretariat_members_only_and_anonymous_once_someone_joins()
    {
        await Setting();

        var mention = MessageEvent("subscribe-mixed", "<@U0BOT> subscribe alerts", SlackSecretariat, Mixed, type: "app_mention", channelType: "channel");
        Assert.Equal(HttpStatusCode.OK, (await Event(mention)).StatusCode);
        var mixed = await Slack.WaitForAsync(c => c.Method == "chat.postEphemeral" && c.Body["channel"]?.ToString() == Mixed && c.Shown.Contains("Alerts on"));
        Assert.Contains("Not everyone here is in the ATT Secretariat", mixed.Shown);

        await Ask($"register workshop Tonga {Day(29)} as Third Office", user: "U0TINA", channel: "D0TINA");
        var anonymous = await AlertIn(Mixed, "OR-0003");
        AssertNothingForbiddenTo(null, anonymous.Shown);
        Assert.Contains("another stakeholder", anonymous.Shown);
        var whole = await AlertIn(SecretariatChannel, "OR-0003");
        Assert.Contains("Olga Organizer", whole.Shown);
        Assert.Contains("confidential-note-text", whole.Shown);

        // Léa joins the Secretariat's channel. Slack tells the bot nothing: the roster is read again once the configured
        // cache time has passed, and the next alert there is written for her too.
        Slack.Members[SecretariatChannel] = [SlackSecretariat, Users[Who.Stakeholder]];
        _time.MoveTo(_time.GetUtcNow() + RosterCacheTime + TimeSpan.FromSeconds(1));
        // "anyway": close to Tina's own first plan, which would be asked about first (SlackAskBeforeTests).
        await Ask($"register anyway workshop Tonga {Day(28)} as Third Office", user: "U0TINA", channel: "D0TINA");
        var downgraded = await AlertIn(SecretariatChannel, "OR-0004");
        AssertNothingForbiddenTo(Who.Stakeholder, downgraded.Shown);
        Assert.Contains("another stakeholder", downgraded.Shown);
    }

    /// <summary>The alert posted in <paramref name="channel"/> about the new registration and the restricted one.</summary>
    private Task<SlackCall> AlertIn(string channel, string registration) => Slack.WaitForAsync(c => c.Method == "chat.postMessage"
        && c.Body["channel"]?.ToString() == channel && c.Shown.Contains(registration) && c.Shown.Contains("OR-0001"));

    [Fact]
    public async Task Settling_an_alert_in_a_mixed_channel_rewrites_it_for_everyone_there_without_restricted_detail()
    {
        await Setting();

        await Click(SlackActions.Coordinated, "1", SlackSecretariat, "settle-1", channel: Mixed);

        var replaced = await Slack.ResponseTo("settle-1");
        Assert.Equal(true, replaced.Body["replace_original"]?.GetValue<bool>());
        Assert.Contains("Marked coordinated", replaced.Shown);
        AssertNothingForbiddenTo(null, replaced.Shown);
    }

    [Fact]
    public async Task Settling_an_alert_in_the_secretariat_channel_keeps_it_whole()
    {
        await Setting();

        await Click(SlackActions.Coordinated, "1", SlackSecretariat, "settle-1", channel: SecretariatChannel);

        var replaced = await Slack.ResponseTo("settle-1");
        Assert.Contains("Marked coordinated", replaced.Shown);
        Assert.Contains("Olga Organizer", replaced.Shown);
    }
}
