using AttBot.Functional.Tests.Infrastructure;
using static AttBot.Functional.Tests.OutreachRegistrationTests;

namespace AttBot.Functional.Tests;

/// <summary>
/// A registration in a possible duplication is moved or cancelled: the other organizer, the champions of the states and
/// the Secretariat's subscribed conversation are each told once, in words from their own side, through the outbox.
/// </summary>
public sealed class ChangeNoticeTests() : ChatTestBase(Settings())
{
    private static Dictionary<string, string?> Settings() => new()
    {
        ["Roles:Secretariat:0"] = Activities.SecretariatEntry(Secretariat),
        ["Outreach:OutboxRetryDelay"] = "00:00:00.100",
        ["Outreach:OutboxPollInterval"] = "00:00:00.100",
    };

    private static string Chat(string userId) => $"/_connector/v3/conversations/{Uri.EscapeDataString("a:personal-" + userId)}/activities";

    /// <summary>What the person saw in answer.</summary>
    private async Task<string> Said(string userId, string name, string text) => Shown(await Say(userId, name, text));

    /// <summary>The proactive messages (not replies) sent to a conversation after call number <paramref name="after"/>.</summary>
    private List<string> SentTo(string userId, int after) =>
        Connector.Calls.Skip(after).Where(c => c.Path == Chat(userId) && c.Status == 200 && c.Body?["replyToId"] is null).Select(c => c.CardJson).ToList();

    /// <summary>Ana (Mexico) and Ben (Control Arms) plan Tonga in a possible duplication; the Secretariat subscribed; every first notice delivered.</summary>
    private async Task<int> Duplication(string benRestricted = "")
    {
        Assert.Contains("Alerts on", await Said(Secretariat, "Sam Secretariat", "subscribe alerts"));
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        Assert.Contains("Registered OR-0002", await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(33)} {benRestricted} as Control Arms"));
        await OutboxEmpty();
        return Connector.Calls.Count;
    }

    [Fact]
    public async Task A_move_out_of_a_duplication_tells_the_other_organizer_and_the_secretariat_once_each()
    {
        var before = await Duplication();

        var reply = await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(120)}");
        Assert.Contains("OR-0002 moved", reply);
        Assert.Contains("It no longer overlaps OR-0001.", reply);
        Assert.Contains("The other organizer is told.", reply);
        await OutboxEmpty();

        var ana = Assert.Single(SentTo("29:ana", before));
        Assert.Contains("Control Arms moved OR-0002 from", ana);
        Assert.Contains("no longer overlapping your visit OR-0001 (Tonga)", ana);
        var secretariat = Assert.Single(SentTo(Secretariat, before));
        Assert.Contains("no longer overlapping OR-0001 (Ana Ruiz (Mexico))", secretariat);
        Assert.Empty(SentTo("29:ben", before));
    }

    [Fact]
    public async Task A_move_within_a_duplication_says_where_it_now_stands_to_the_readers_own_plan()
    {
        var before = await Duplication();

        await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(34)}");
        await OutboxEmpty();

        var ana = Assert.Single(SentTo("29:ana", before));
        Assert.Contains($"to {Date(34)}, 2 days after your visit OR-0001 (Tonga).", ana);
        Assert.Single(SentTo(Secretariat, before));
    }

    [Fact]
    public async Task A_cancellation_tells_them_and_the_duplication_stops_being_open()
    {
        var before = await Duplication();
        Assert.Contains("1 open", await Said(Secretariat, "Sam Secretariat", $"summary {Day(0)}..{Day(60)}"));

        var reply = await Said("29:ben", "Ben Okafor", "confirm cancel OR-0002");
        Assert.Contains("It could have duplicated OR-0001. The other organizer is told.", reply);
        await OutboxEmpty();

        var ana = Assert.Single(SentTo("29:ana", before));
        Assert.Contains($"OR-0002 (Tonga, {Date(33)}), which could have duplicated your visit OR-0001, was cancelled.", ana);
        Assert.Contains("was cancelled", Assert.Single(SentTo(Secretariat, before)));
        Assert.Contains("0 open, 1 ended when one side was cancelled, done or moved away", await Said(Secretariat, "Sam Secretariat", $"summary {Day(0)}..{Day(60)}"));
    }

    [Fact]
    public async Task Done_ends_the_duplication_without_a_notice()
    {
        var before = await Duplication();

        Assert.Contains("OR-0001 recorded as done", await Said("29:ana", "Ana Ruiz", "confirm done OR-0001 met the legal adviser"));
        await OutboxEmpty();

        Assert.Empty(SentTo("29:ben", before));
        Assert.Contains("0 open, 1 ended when one side was cancelled, done or moved away", await Said(Secretariat, "Sam Secretariat", $"summary {Day(0)}..{Day(60)}"));
    }

    [Fact]
    public async Task A_move_into_a_duplication_gives_one_heads_up_and_one_alert_not_two()
    {
        Assert.Contains("Alerts on", await Said(Secretariat, "Sam Secretariat", "subscribe alerts"));
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)}..{Day(32)} as Mexico");
        await Said("29:ben", "Ben Okafor", $"register bilateral Tonga {Day(150)} as Control Arms");
        await OutboxEmpty();
        var before = Connector.Calls.Count;

        var reply = await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(31)}");
        Assert.Contains("⚠ It now overlaps OR-0001. The other organizer is told.", reply);
        await OutboxEmpty();

        var ana = Assert.Single(SentTo("29:ana", before));
        Assert.Contains("during your visit OR-0001 (Tonga), which it could duplicate", ana);
        Assert.Contains("Please coordinate with Ben Okafor (Control Arms). Ask the Secretariat to put you in touch.", ana);
        var alert = Assert.Single(SentTo(Secretariat, before));
        Assert.Contains("conflict.coordinated", alert);
    }

    [Fact]
    public async Task A_restricted_plans_organizer_is_not_named_to_a_stakeholder_who_may_not_see_it()
    {
        var before = await Duplication(benRestricted: "with UNRCPD restricted");

        await Said("29:ben", "Ben Okafor", $"move OR-0002 {Day(120)}");
        await OutboxEmpty();

        var ana = Assert.Single(SentTo("29:ana", before));
        Assert.Contains("Another stakeholder moved their engagement with Tonga from", ana);
        Assert.DoesNotContain("Ben Okafor", ana);
        Assert.DoesNotContain("Control Arms", ana);
        Assert.DoesNotContain("OR-0002", ana);
        Assert.DoesNotContain("UNRCPD", ana);
        // The Secretariat's own chat sees it whole.
        Assert.Contains("Control Arms moved OR-0002", Assert.Single(SentTo(Secretariat, before)));

        // Ana moving her own plan is not told the restricted plan's id either.
        var reply = await Said("29:ana", "Ana Ruiz", $"move OR-0001 {Day(119)}");
        Assert.Contains("⚠ It now overlaps another stakeholder's plan.", reply);
        Assert.DoesNotContain("OR-0002", reply);
    }

    [Fact]
    public async Task A_champion_who_is_also_the_other_organizer_gets_one_message_and_another_champion_one()
    {
        await Said("29:cara", "Cara Diaz", "hello");
        await Said("29:ana", "Ana Ruiz", "hello");
        Assert.Contains("regional champion", await Said(Secretariat, "Sam Secretariat", "grant champion Oceania <@29:cara|Cara Diaz>"));
        Assert.Contains("regional champion", await Said(Secretariat, "Sam Secretariat", "grant champion Oceania <@29:ana|Ana Ruiz>"));
        var before = await Duplication();

        await Said("29:ben", "Ben Okafor", $"confirm cancel OR-0002");
        await OutboxEmpty();

        Assert.Contains("which could have duplicated your visit OR-0001", Assert.Single(SentTo("29:ana", before)));
        Assert.Contains("OR-0002 (Tonga,", Assert.Single(SentTo("29:cara", before)));
        Assert.Contains("which could have duplicated OR-0001 (Ana Ruiz (Mexico))", SentTo("29:cara", before)[0]);
    }

    [Fact]
    public async Task A_move_of_a_plan_in_no_duplication_tells_nobody_and_claims_nothing()
    {
        Assert.Contains("Alerts on", await Said(Secretariat, "Sam Secretariat", "subscribe alerts"));
        await Said("29:ana", "Ana Ruiz", $"register visit Tonga {Day(30)} as Mexico");
        await OutboxEmpty();
        var before = Connector.Calls.Count;

        var reply = await Said("29:ana", "Ana Ruiz", $"move OR-0001 {Day(40)}");
        Assert.DoesNotContain("told", reply);
        await OutboxEmpty();
        Assert.Empty(SentTo(Secretariat, before));
    }

    private static string Date(int daysFromToday) => AttBot.Domain.Treaty.StatusWording.Date(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday));
}
