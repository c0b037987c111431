using System.Net;
using System.Text.Json.Nodes;
using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.RoleMatrix;

namespace AttBot.Functional.Tests;

/// <summary>
/// The same commands asked where several people read along: a Teams team channel and a group chat whose rosters (served
/// by the fake Connector) hold a stakeholder, both champions, the Secretariat and the organizer. Whoever asks, nothing
/// posted there carries the restricted registration's detail, a priority or a download link; Secretariat material goes
/// to the asker's 1:1 chat instead; and those who may read more still get it.
/// </summary>
public sealed partial class RoleMatrixTests
{
    public enum Room { TeamChannel, GroupChat }

    private const string TeamId = "19:team-outreach@thread.tacv2";
    private const string ChannelConversation = "19:general@thread.tacv2;messageid=1700000000001";
    private const string GroupConversation = "19:group-pacific@thread.v2";

    public static TheoryData<string, Who> EveryCommandByEveryRoleInAChannel() => EveryCommandByEveryRole();

    /// <summary>Everyone of the scene is in the room, and has written to the bot once in a 1:1 chat (so the bot knows where to answer privately).</summary>
    private async Task RoomSetting()
    {
        await Setting();
        (string, string, string?)[] members = [.. People.Values.Select(p => (p.Id, p.Name, (string?)null))];
        Connector.Rosters[TeamId] = members;
        Connector.Rosters[GroupConversation] = members;
        foreach (var who in new[] { Who.Stakeholder, Who.ChampionOfCaribbean })
            await SayAs(who, "help");
        // The bot remembers each 1:1 chat without holding up its answer: wait until it has them all, as a person would.
        await Eventually.Holds(() => PersonalChatsKnown() >= People.Count);
    }

    private long PersonalChatsKnown()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM user_profiles WHERE personal_conversation_id IS NOT NULL";
        return (long)command.ExecuteScalar()!;
    }

    private static Action<JsonObject> In(Room room) => activity =>
    {
        activity["conversation"] = new JsonObject
        {
            ["id"] = room == Room.TeamChannel ? ChannelConversation : GroupConversation,
            ["conversationType"] = room == Room.TeamChannel ? "channel" : "groupChat",
            ["isGroup"] = true,
            ["tenantId"] = "tenant-1",
        };
        if (room == Room.TeamChannel)
            activity["channelData"] = new JsonObject { ["team"] = new JsonObject { ["id"] = TeamId }, ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" } };
    };

    /// <summary>Asks in the room; returns what the room reads, and what reached the asker's 1:1 chat meanwhile (null if nothing).</summary>
    private async Task<(string Room, string? Private)> AskInRoom(string command, Who who, Room room)
    {
        var (id, name) = People[who];
        var buttonData = Commands[command].ButtonData;
        var text = Typed(Commands[command].TextFor(who), Mentions);
        var before = Connector.Calls.Count;
        string shown;
        if (buttonData is not null)
        {
            var click = Activities.CardAction(Connector.ServiceUrl, text, (JsonObject)buttonData.DeepClone());
            click["from"] = new JsonObject { ["id"] = id, ["name"] = name };
            In(room)(click);
            var response = await Client.PostActivityAsync(click);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            shown = await response.Content.ReadAsStringAsync();
        }
        else
            shown = Shown(await Say(id, name, text, In(room)));
        var personal = Uri.EscapeDataString($"a:personal-{id}") + "/activities";
        var privately = Connector.Calls.Skip(before).FirstOrDefault(c => c.Path.EndsWith(personal, StringComparison.Ordinal));
        return (shown, privately is null ? null : Shown(privately));
    }

    private static void AssertNothingRestrictedIn(string posted, Who? asker = null, string? command = null) =>
        AssertNothingForbiddenTo(null, posted, asker, command);

    [Theory]
    [MemberData(nameof(EveryCommandByEveryRoleInAChannel))]
    public async Task In_a_team_channel_with_mixed_members_no_command_posts_restricted_detail_and_secretariat_material_goes_to_the_1_to_1_chat(string command, Who who)
    {
        await RoomSetting();
        var before = Stored();

        var (posted, privately) = await AskInRoom(command, who, Room.TeamChannel);

        AssertNothingRestrictedIn(posted, who, command);
        var (_, allowed, done, buttonData, _) = Commands[command];
        var answer = posted;
        if (PrivateMaterial.Contains(command) && buttonData is null)
        {
            Assert.Contains("I've sent it to our 1:1 chat", posted);
            answer = await PrivateAnswer(who, privately);
        }
        if (MayUse(allowed, who))
            Assert.Contains(done, answer);
        else
        {
            Assert.Contains(Refusal(allowed, who), answer);
            Assert.Equal(before, Stored());
        }
    }

    /// <summary>The answer sent to the asker's 1:1 chat (proactively: it may arrive just after the line in the room).</summary>
    private async Task<string> PrivateAnswer(Who who, string? already)
    {
        if (already is not null)
            return already;
        var personal = Uri.EscapeDataString($"a:personal-{People[who].Id}") + "/activities";
        var call = await Connector.WaitForAsync(c => c.Path.EndsWith(personal, StringComparison.Ordinal) && c.Body?["replyToId"] is null
            && !c.CardJson.Contains("Heads-up") && !c.CardJson.Contains("New outreach in your region"));
        return Shown(call);
    }

    [Theory]
    [InlineData(Who.Stakeholder)]
    [InlineData(Who.ChampionOfOceania)]
    [InlineData(Who.Secretariat)]
    [InlineData(Who.Organizer)]
    public async Task In_a_group_chat_lists_and_confirmations_are_written_for_everyone_in_it(Who who)
    {
        await RoomSetting();

        foreach (var command in new[] { "outreach", "mine", "register", "subscribe", "region" })
            AssertNothingRestrictedIn((await AskInRoom(command, who, Room.GroupChat)).Room, who, command);
        foreach (var command in new[] { "history of a state", "export csv", "priorities", "roles" })
        {
            var (posted, _) = await AskInRoom(command, who, Room.GroupChat);
            AssertNothingRestrictedIn(posted);
            Assert.Contains("I've sent it to our 1:1 chat", posted);
        }
    }

    [Fact]
    public async Task Outreach_in_a_channel_offers_the_full_view_to_exactly_those_who_may_read_it()
    {
        await RoomSetting();

        var card = JsonNode.Parse((await AskInRoom("outreach", Who.Secretariat, Room.TeamChannel)).Room)!;

        // Posted for the room: the restricted plan anonymous; a refresh for the Secretariat, Oceania's champion and the organizer.
        var refresh = card["refresh"]!;
        var viewers = refresh["userIds"]!.AsArray().Select(n => n!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["29:chloe", "29:olga", "29:sam"], viewers);
        Assert.Contains("Another stakeholder", card.ToJsonString());
        AssertNothingRestrictedIn(card.ToJsonString());

        // Each permitted viewer's Teams client asks for their view (trigger automatic) and reads the plan whole...
        var data = (JsonObject)refresh["action"]!["data"]!.DeepClone();
        var chloe = await Refresh(Who.ChampionOfOceania, data);
        foreach (var detail in RestrictedDetail.Take(2))
            Assert.Contains(detail, chloe);
        // ...and anyone else who sends the same invoke gets the room's view, never more.
        var stan = await Refresh(Who.Stakeholder, data);
        Assert.Contains("Outreach for Tonga", stan);
        AssertNothingRestrictedIn(stan);
    }

    private async Task<string> Refresh(Who who, JsonObject data)
    {
        var invoke = Activities.CardAction(Connector.ServiceUrl, "view.refresh", (JsonObject)data.DeepClone());
        invoke["from"] = new JsonObject { ["id"] = People[who].Id, ["name"] = People[who].Name };
        invoke["value"]!["trigger"] = "automatic";
        In(Room.TeamChannel)(invoke);
        var response = await Client.PostActivityAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_organizer_registering_restricted_outreach_in_a_channel_gets_the_full_confirmation_in_the_1_to_1_chat()
    {
        await RoomSetting();
        var before = Connector.Calls.Count;

        var posted = Shown(await Say("29:olga", "Olga Organizer", $"register visit Fiji {Day(50)} with Quiet Partner restricted as Secret Partner State note fiji-note", In(Room.TeamChannel)));

        Assert.Contains("Registered OR-0003", posted);
        foreach (var detail in new[] { "Olga Organizer", "Secret Partner State", "Quiet Partner", "fiji-note" })
            Assert.DoesNotContain(detail, posted);
        var full = await Connector.WaitForAsync(c => Connector.Calls.ToList().IndexOf(c) >= before
            && c.Path.EndsWith(Uri.EscapeDataString("a:personal-29:olga") + "/activities") && c.CardJson.Contains("Registered OR-0003"));
        Assert.Contains("fiji-note", full.CardJson);
    }

    /// <summary>
    /// Found with the Playground's group chat (issue 11): "move" said which registrations the moved one now overlaps in the
    /// words of the asker, naming to the whole room a restricted registration and that it has the same organizer.
    /// </summary>
    [Theory]
    [InlineData(Room.GroupChat)]
    [InlineData(Room.TeamChannel)]
    public async Task Moving_a_registration_in_a_room_does_not_name_the_restricted_registration_it_now_overlaps(Room room)
    {
        await RoomSetting();
        Assert.Contains("Registered OR-0003", Shown(await Say("29:olga", "Olga Organizer", $"register anyway visit Tonga {Day(45)} restricted as Secret Partner State")));

        var posted = Shown(await Say("29:sam", "Sam Secretariat", $"move OR-0003 {Day(30)}", In(room)));

        Assert.Contains("OR-0003 moved", posted);
        Assert.Contains("It now overlaps another stakeholder's plan, by the same organizer.", posted);
        Assert.Contains("It now overlaps OR-0002.", posted); // shared: everyone may read it
        Assert.DoesNotContain("OR-0001", posted);
        AssertNothingRestrictedIn(posted);
    }

    [Fact]
    public async Task A_stranger_asking_for_secretariat_material_in_a_channel_is_asked_to_write_directly_and_nothing_is_posted()
    {
        await RoomSetting();

        var posted = Shown(await Say("29:newcomer", "New Comer", "history Tonga", In(Room.TeamChannel)));

        Assert.Contains("Please open a 1:1 chat with AttBot", posted);
        AssertNothingRestrictedIn(posted);
    }

    [Fact]
    public async Task Alerts_in_a_secretariat_only_chat_are_full_until_a_stakeholder_joins_and_then_anonymous()
    {
        await RoomSetting();
        Connector.Rosters[GroupConversation] = [("29:sam", "Sam Secretariat", null)];
        var subscribed = Shown(await Say("29:sam", "Sam Secretariat", "subscribe alerts", In(Room.GroupChat)));
        Assert.Contains("Everyone here is in the ATT Secretariat", subscribed);

        // "anyway": close to Otto's own OR-0002, which would be asked about first (AskBeforeTests).
        await Say("29:otto", "Otto Other", $"register anyway call Tonga {Day(29)} as Open Office");
        var full = await Connector.WaitForAsync(c => c.Path.Contains(Uri.EscapeDataString(GroupConversation)) && c.CardJson.Contains("OR-0003") && c.CardJson.Contains("OR-0001"));
        Assert.Contains("Olga Organizer", full.CardJson);

        // Stan joins the chat: Teams says so, and the next alert is written for him too.
        Connector.Rosters[GroupConversation] = [("29:sam", "Sam Secretariat", null), ("29:stan", "Stan Holder", null)];
        var joined = Activities.MembersAdded(Connector.ServiceUrl, GroupConversation, "29:stan");
        joined["conversation"]!["conversationType"] = "groupChat";
        Assert.Equal(HttpStatusCode.OK, (await Client.PostActivityAsync(joined)).StatusCode);
        // A question in the same chat is taken after the news of the join (one conversation's turns keep their order).
        AssertNothingRestrictedIn(Shown(await Say("29:sam", "Sam Secretariat", "outreach Tonga", In(Room.GroupChat))));

        await Say("29:otto", "Otto Other", $"register anyway call Tonga {Day(28)} as Open Office");
        var anonymous = await Connector.WaitForAsync(c => c.Path.Contains(Uri.EscapeDataString(GroupConversation)) && c.CardJson.Contains("OR-0004") && c.CardJson.Contains("OR-0001"));
        foreach (var detail in RestrictedDetail)
            Assert.DoesNotContain(detail, anonymous.CardJson);
    }
}
