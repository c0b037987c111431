using System.Text;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

/// <summary>What a person's calendar subscription carries, and how it is written.</summary>
public sealed class CalendarFeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly Viewer AliceViewer = new(Alice.ChannelId, Alice.UserId, Role.Stakeholder);
    private static readonly Viewer BobViewer = new(Bob.ChannelId, Bob.UserId, Role.Stakeholder);
    private static readonly Viewer ChampionOfTonga = new("msteams", "29:chloe", Role.Champion) { ChampionedStates = new HashSet<string> { "TON", "FJI" } };
    private static readonly Viewer Secretariat = new("msteams", "29:sam", Role.Secretariat);

    private static readonly OutreachPlan AliceTonga = Plan(1, W("2027-03-10", "2027-03-12"), Alice, visibility: Visibility.Restricted) with { Notes = "secret note", Partners = "UNRCPD" };
    private static readonly OutreachPlan BobJamaica = Plan(2, W("2027-04-01"), Bob, countries: ["JAM"]);
    private static readonly OutreachPlan BobTongaCancelled = Plan(3, W("2027-05-01"), Bob, state: OutreachState.Cancelled);
    private static readonly OutreachPlan BobFijiDone = Plan(4, W("2026-10-01"), Bob, countries: ["FJI"], state: OutreachState.Done) with { Outcome = "bill tabled" };
    private static readonly OutreachPlan[] All = [AliceTonga, BobJamaica, BobTongaCancelled, BobFijiDone];

    private static string Feed(Viewer viewer) => CalendarFeed.Write(All, viewer, "ATT outreach (AttBot)", iso3 => iso3 switch
    {
        "TON" => "Tonga", "JAM" => "Jamaica", "FJI" => "Fiji", _ => iso3,
    }, Now);

    private static List<string> Unfolded(string ics) => ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<string> Uids(string ics) => Unfolded(ics).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_stakeholder_gets_their_own_registrations_only()
    {
        Assert.Equal(["UID:OR-0001@attbot"], Uids(Feed(AliceViewer)));
        Assert.Equal(["UID:OR-0002@attbot", "UID:OR-0004@attbot"], Uids(Feed(BobViewer)));
    }

    [Fact]
    public void A_champion_gets_what_reaches_their_region_with_its_restricted_detail()
    {
        var ics = Feed(ChampionOfTonga);

        Assert.Equal(["UID:OR-0001@attbot", "UID:OR-0004@attbot"], Uids(ics));
        Assert.Contains("secret note", ics);
        Assert.DoesNotContain("bill tabled", ics); // findings, as the outreach cards show them: organizer and Secretariat
    }

    [Fact]
    public void The_secretariat_gets_everything_but_cancelled_registrations()
    {
        var ics = Feed(Secretariat);

        Assert.Equal(["UID:OR-0001@attbot", "UID:OR-0002@attbot", "UID:OR-0004@attbot"], Uids(ics));
        Assert.Contains("Findings: bill tabled", Unfolded(ics).Single(l => l.StartsWith("DESCRIPTION:OR-0004", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cancelled_registrations_are_never_in_a_feed_and_done_ones_stay_as_past_events()
    {
        Assert.False(CalendarFeed.Covers(Secretariat, BobTongaCancelled));
        Assert.False(CalendarFeed.Covers(BobViewer, BobTongaCancelled));
        Assert.True(CalendarFeed.Covers(BobViewer, BobFijiDone));
        Assert.Contains("SUMMARY:Bilateral (done): Fiji", Unfolded(Feed(BobViewer)));
    }

    [Fact]
    public void The_calendar_is_published_with_its_name_and_each_event_is_all_day_with_an_exclusive_end()
    {
        var lines = Unfolded(Feed(AliceViewer));

        Assert.Equal(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ATT Secretariat//AttBot//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:ATT outreach (AttBot)"], lines.Take(6));
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("DTSTAMP:20261124T080000Z", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20270310", lines);
        Assert.Contains("DTEND;VALUE=DATE:20270313", lines); // the day after 12 March
        Assert.Contains("SUMMARY:Bilateral (planned): Tonga", lines);
        Assert.Contains("CLASS:CONFIDENTIAL", lines);
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(1, lines.Count(l => l == "END:VEVENT"));
    }

    [Fact]
    public void The_description_says_what_the_reader_may_see_escaped_and_folded()
    {
        var plan = AliceTonga with { Notes = "Côte d'Ivoire, São Tomé; \\ and a line\nbreak — " + new string('é', 60) };
        var ics = CalendarFeed.Write([plan], AliceViewer, "Démarches TCA (AttBot) · Océanie", _ => "Tonga", Now);

        Assert.All(ics.Split("\r\n"), l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        var description = Unfolded(ics).Single(l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.StartsWith("DESCRIPTION:OR-0001: Bilateral\\, planned\\nOrganizer: Alice (Ghana) (Ghana)\\nStates: Tonga", description);
        Assert.Contains("Notes: Côte d'Ivoire\\, São Tomé\\; \\\\ and a line\\nbreak", description);
        Assert.Contains("X-WR-CALNAME:Démarches TCA (AttBot) · Océanie", Unfolded(ics));
    }
}
