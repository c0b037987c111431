using System.Text;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

public sealed class OutreachCalendarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private static string Calendar(params OutreachPlan[] plans) => OutreachCalendar.Write(plans, iso3 => iso3 == "TON" ? "Tonga" : iso3, Now);

    /// <summary>Content lines as a calendar reads them: folded lines joined back (RFC 5545 §3.1).</summary>
    private static List<string> Unfolded(string ics) => ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    [Fact]
    public void A_registration_is_an_all_day_event_whose_end_is_the_day_after_its_last_day()
    {
        var lines = Unfolded(Calendar(Plan(42, W("2027-03-10", "2027-03-12"))));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("UID:OR-0042@attbot", lines);
        Assert.Contains("DTSTART;VALUE=DATE:20270310", lines);
        Assert.Contains("DTEND;VALUE=DATE:20270313", lines);
        Assert.Contains("SUMMARY:OR-0042 Bilateral: Tonga (Ghana)", lines);
        Assert.Contains("DTSTAMP:20261124T080000Z", lines);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_in_text_are_escaped()
    {
        var lines = Unfolded(Calendar(Plan(1, W("2027-03-10")) with { Notes = "a, b; c\\d\nnext" }));

        var description = Assert.Single(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.Contains("Notes: a\\, b\\; c\\\\d\\nnext", description);
    }

    [Fact]
    public void Long_lines_fold_at_75_octets_without_splitting_a_character_and_every_line_ends_in_CRLF()
    {
        var ics = Calendar(Plan(1, W("2027-03-10")) with { Notes = string.Concat(Enumerable.Repeat("Côte d'Ivoire — 越南 ", 20)) });

        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        foreach (var line in ics.Split("\r\n"))
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75);
        Assert.Contains("越南", string.Concat(Unfolded(ics)));
    }

    [Fact]
    public void Restricted_registrations_are_marked_confidential_and_cancelled_ones_cancelled()
    {
        var lines = Unfolded(Calendar(
            Plan(1, W("2027-03-10"), visibility: Visibility.Restricted),
            Plan(2, W("2027-03-10"), state: OutreachState.Cancelled)));

        Assert.Single(lines, "CLASS:CONFIDENTIAL");
        Assert.Single(lines, "STATUS:CANCELLED");
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
    }
}
