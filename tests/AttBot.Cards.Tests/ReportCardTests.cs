using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Cards.Tests;

public sealed class ReportCardTests
{
    [Fact]
    public void The_export_card_opens_its_link_and_warns_that_restricted_registrations_are_inside()
    {
        var link = new Uri("https://attbot.example.org/api/exports/secret");
        var card = ReportCards.ExportReady(AttBot.Domain.Reports.ExportFormat.Csv, "Q1 2027", 3, truncated: false, "att.csv", link, DateTimeOffset.UnixEpoch);

        var action = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal("Action.OpenUrl", action!["type"]!.GetValue<string>());
        Assert.Equal(link.ToString(), action["url"]!.GetValue<string>());
        Assert.Equal("3 registrations — Q1 2027.", card["body"]![1]!["text"]!.GetValue<string>());
        Assert.Contains("restricted registrations", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_export_says_how_to_get_the_rest()
    {
        var card = ReportCards.ExportReady(AttBot.Domain.Reports.ExportFormat.Csv, "all outreach", 20_000, truncated: true, "att.csv", new Uri("https://x.test/e/1"), DateTimeOffset.UnixEpoch);

        Assert.Contains("narrow the period", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_period_says_so()
    {
        var summary = PeriodSummary.Build(new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), [], [], _ => "Asia");

        Assert.Contains(AttBot.Domain.Language.ReportWords.NothingInPeriod(AttBot.Domain.Language.Language.English), ReportCards.Summary(summary, i => i).ToJsonString(), StringComparison.Ordinal);
    }
}

public sealed class DigestCardTests
{
    private static readonly DateWindow Week = new(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 10));

    [Fact]
    public void A_busy_digest_lists_at_most_ten_per_section_and_says_how_many_more()
    {
        var card = ReportSamples.All().Single(c => c.Name == "digest, busy week").Card.ToJsonString();

        Assert.Contains("and 230 more", card, StringComparison.Ordinal);
        Assert.Contains("and 21 more", card, StringComparison.Ordinal);
        Assert.Contains("and 45 more", card, StringComparison.Ordinal);
        Assert.Contains("export csv 2027-01-04..2027-01-10", card, StringComparison.Ordinal);
        Assert.Contains("OR-0011 is 10 days after OR-0001.", card, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiet_week_says_so()
    {
        var card = ReportCards.Digest(new Digest(Week, [], 0, [], 0, [], 0, [], 0), i => i).ToJsonString();

        Assert.Contains("A quiet week", card, StringComparison.Ordinal);
    }
}
