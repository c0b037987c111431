using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests;

/// <summary>
/// A possible duplication a person can act on, through the whole pipeline: one heads-up per person for a registration,
/// a chat link to the other organizer when a Teams roster told their sign-in name, the organizer of a plan the
/// Secretariat changed is told, and a move away ends the possible duplication (a move back raises it again).
/// </summary>
public sealed class DuplicationReachTests() : ChatTestBase(Settings())
{
    private const string Group = "19:group-pacific@thread.v2";

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    private static string Chat(string userId) => $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-" + userId)}/activities";

    /// <summary>What the person saw in answer: in their 1:1 chat, or in <paramref name="groupChat"/>.</summary>
    private async Task<string> Said(string userId, string name, string text, string? groupChat = null) =>
        Shown(await Say(userId, name, text, groupChat is null ? null : activity => activity["conversation"] = new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = groupChat, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = "tenant-1",
        }));

    /// <summary>The proactive messages (not replies) sent to a person's 1:1 chat after call number <paramref name="after"/>.</summary>
    private List<string> SentTo(string userId, int after) =>
        Connector.Calls.Skip(after).Where(c => c.Path == Chat(userId) && c.Status == 200 && c.Body?["replyToId"] is null).Select(c => c.CardJson).ToList();

    private async Task<int> Settled()
    {
        await OutboxEmpty();
        return Connector.Calls.Count;
    }

    [Fact]
    public async Task The_organizer_of_two_plans_a_registration_may_duplicate_gets_one_heads_up_naming_both()
    {
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        // Her own two plans so close would be asked about first: she registers the second anyway.
        await Said("29:ana", "Ana Ruiz", $"register anyway workshop Tonga {Day(40)} as Mexico");
        var before = await Settled();

        Assert.Contains("Registered OR-0003", await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(36)} as Control Arms"));
        await OutboxEmpty();

        var headsUp = Assert.Single(SentTo("29:ana", before));
        Assert.Contains("your visit OR-0001", headsUp);
        Assert.Contains("your workshop OR-0002", headsUp);
        Assert.Contains("It may also duplicate", headsUp);
        Assert.Contains("days after your visit", headsUp);
    }

    [Fact]
    public async Task A_champion_who_is_also_the_other_organizer_gets_the_heads_up_and_no_second_note()
    {
        await Said("29:cara", "Cara Diaz", "hello");
        await Said("29:ana", "Ana Ruiz", "hello");
        Assert.Contains("regional champion", await Said(Secretariat, "Sam Secretariat", "grant champion Oceania <@29:cara|Cara Diaz>"));
        Assert.Contains("regional champion", await Said(Secretariat, "Sam Secretariat", "grant champion Oceania <@29:ana|Ana Ruiz>"));
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)} as Mexico");
        var before = await Settled();

        await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(31)} as Control Arms");
        await OutboxEmpty();

        Assert.Contains("Heads-up: a new registration for Tonga may duplicate your visit OR-0001", Assert.Single(SentTo("29:ana", before)));
        Assert.Contains("New outreach in your region", Assert.Single(SentTo("29:cara", before)));
    }

    [Fact]
    public async Task A_heads_up_links_to_a_Teams_chat_with_an_organizer_whose_sign_in_name_a_roster_told()
    {
        Connector.Rosters[Group] = [("29:ana", "Ana Ruiz", null), ("29:ben", "Ben Okafor", null)];
        Connector.SignInNames["29:ben"] = "ben.okafor@controlarms.org";
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)} as Mexico");
        await Said("29:ben", "Ben Okafor", "outreach Tonga", groupChat: Group);
        // The sign-in name is kept without holding up the answer: wait until it is, as the next registration would.
        await Eventually.Holds(() => CountRows("user_profiles", "upn = 'ben.okafor@controlarms.org'") == 1);
        var before = await Settled();

        await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(38)} as Control Arms");
        await OutboxEmpty();

        var headsUp = Assert.Single(SentTo("29:ana", before));
        Assert.Contains("8 days after your visit", headsUp);
        Assert.Contains("[chat with Ben Okafor in Teams](https://teams.microsoft.com/l/chat/0/0?users=ben.okafor%40controlarms.org)", headsUp);
    }

    [Fact]
    public async Task The_organizer_is_told_when_the_Secretariat_moves_or_cancels_their_registration()
    {
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)} as Mexico");
        var before = await Settled();

        await Said(Secretariat, "Sam Secretariat", $"move OR-0001 {Day(50)}");
        await OutboxEmpty();
        Assert.Contains($"The ATT Secretariat moved your visit OR-0001 (Tonga) from {Date(30)} to {Date(50)}.", Assert.Single(SentTo("29:ana", before)));

        before = Connector.Calls.Count;
        await Said(Secretariat, "Sam Secretariat", "confirm cancel OR-0001");
        await OutboxEmpty();
        Assert.Contains("The ATT Secretariat cancelled your visit OR-0001 (Tonga)", Assert.Single(SentTo("29:ana", before)));
    }

    [Fact]
    public async Task A_move_away_ends_the_possible_duplication_and_a_move_back_raises_it_again()
    {
        Assert.Contains("Alerts on", await Said(Secretariat, "Sam Secretariat", "subscribe alerts"));
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(33)} as Control Arms");
        await Settled();
        var summary = $"summary {Day(0)}..{Day(200)}";
        Assert.Contains("0 not a duplication, 1 open)", await Said(Secretariat, "Sam Secretariat", summary));

        await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(120)}");
        await OutboxEmpty();
        Assert.Contains("0 open, 1 ended when one side was cancelled, done or moved away", await Said(Secretariat, "Sam Secretariat", summary));

        var before = Connector.Calls.Count;
        await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(34)}");
        await OutboxEmpty();
        Assert.Contains("0 not a duplication, 1 open)", await Said(Secretariat, "Sam Secretariat", summary));
        // Raised again as at registration: the Secretariat gets an alert it can settle.
        Assert.Contains("conflict.coordinated", Assert.Single(SentTo(Secretariat, before)));
    }

    private static string Date(int daysFromToday) => AttBot.Domain.Treaty.StatusWording.Date(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday));
}
