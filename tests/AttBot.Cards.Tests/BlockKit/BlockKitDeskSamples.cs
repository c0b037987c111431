using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Priorities;
using AttBot.Domain.Reports;
using AttBot.Domain.Treaty;
using static AttBot.Cards.Tests.RegionSamples;

namespace AttBot.Cards.Tests.BlockKit;

/// <summary>The Slack renderings of regions, status keeping, reports and priorities, with the samples of their Adaptive Cards.</summary>
public static class BlockKitDeskSamples
{
    public static readonly Uri Link = new("https://attbot.example.org/api/exports/abc");

    public static IEnumerable<(string Name, JsonObject Message)> Messages()
    {
        foreach (var name in Regions.Names)
            yield return ($"region {name}", SlackRegions.Region(Figures(name), SomeOutreach, StatusTable.SeedCurrentTo));
        yield return ("region, no outreach", SlackRegions.Region(Figures("Oceania"), NoOutreach, StatusTable.SeedCurrentTo));
        yield return ("world", SlackRegions.World(WorldFigures.Of(EveryCard.Countries), StatusTable.SeedCurrentTo));
        yield return ("unknown region", SlackRegions.UnknownRegion("<!channel> Oceanai", ["Oceania", "Eastern Asia", "Asia"]));
        yield return ("unknown region, no suggestion", SlackRegions.UnknownRegion(new string('x', 5000), []));

        var tonga = EveryCard.ByIso3("TON");
        yield return ("status changed", SlackStatusEdits.Changed(tonga, TongaAccedes.ApplyTo(tonga)));
        yield return ("import preview", SlackStatusEdits.Preview(3, "status.html", Diff()));
        yield return ("import preview, older page", SlackStatusEdits.Preview(3, "status.html", Diff(), new DateOnly(2026, 2, 3), StatusTable.SeedCurrentTo));
        yield return ("import preview, nothing to apply", SlackStatusEdits.Preview(4, "status.csv", new StatusDiff([], 143, [], [])));
        var many = new StatusDiff(EveryCard.Countries.Where(c => c.Status == TreatyStatus.None).Select(c => new StatusUpdate(c.Iso3, c.Name, StatusRecord.Neither,
            new StatusRecord(TreatyStatus.Signatory, new DateOnly(2013, 6, 3), null, null))).ToList(), 0,
            Enumerable.Range(2, 60).Select(i => new ImportProblem(i, "unreadable <&> " + new string('x', 300))).ToList(), EveryCard.Countries.Select(c => c.Name).ToList());
        yield return ("import preview, long", SlackStatusEdits.Preview(5, "status.csv", many));
        yield return ("import applied", SlackStatusEdits.Applied(3, "status.html", Diff(), new DateOnly(2026, 11, 24)));
        yield return ("import discarded", SlackStatusEdits.Discarded(3, "the pasted text"));

        var expires = new DateTimeOffset(2027, 1, 1, 9, 15, 0, TimeSpan.Zero);
        yield return ("export ready", SlackReports.ExportReady(AttBot.Domain.Reports.ExportFormat.Csv, "Q1 2027, Asia", 12, truncated: false, "att-outreach-20270101-0900.csv", Link, expires));
        yield return ("export truncated", SlackReports.ExportReady(AttBot.Domain.Reports.ExportFormat.Calendar, "all outreach", 20_000, truncated: true, "att-outreach.ics", Link, expires));
        var q1 = new DateWindow(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));
        yield return ("summary, empty", SlackReports.Summary(PeriodSummary.Build(q1, [], [], _ => "Asia"), iso3 => iso3));
        var plans = EveryCard.Countries.Select((c, i) => new OutreachPlan
        {
            Id = i + 1, Organizer = new("slack", "U0LEA", "Léa"), Organization = "Mexico", Countries = [c.Iso3],
            Kind = OutreachWords.Kinds[i % OutreachWords.Kinds.Count], Window = new DateWindow(new DateOnly(2027, 1, 1).AddDays(i % 80)),
            Topics = [OutreachWords.Topics[i % OutreachWords.Topics.Count]],
        }).ToList();
        yield return ("summary, every state", SlackReports.Summary(PeriodSummary.Build(q1, plans, [], iso3 => EveryCard.ByIso3(iso3).Region), iso3 => EveryCard.ByIso3(iso3).Name));

        var intention = new DeclaredIntention(1, "AGO", new DateOnly(2025, 8, 25), "CSP11 <general> debate", new string('x', 1000), "Sam", DateTimeOffset.UnixEpoch);
        yield return ("priority, none", SlackPriorities.ForCountry(EveryCard.ByIso3("MMR"), PriorityTier.Others, [], null));
        yield return ("priority, full", SlackPriorities.ForCountry(EveryCard.ByIso3("AGO"), PriorityTier.SignatoryJoiningSoon, Enumerable.Repeat(intention, 12).ToList(), "Angola is now in tier 1."));
        var nonParties = EveryCard.Countries.Where(c => c.Status != TreatyStatus.Party).ToList();
        yield return ("priorities, empty", SlackPriorities.Listing("Oceania", [], 12, 90));
        yield return ("priorities, all", SlackPriorities.Listing("All states",
            nonParties.Select((c, i) => (c, (PriorityTier)(i % 3 + 1), i % 2 == 0 ? intention : null, i % 4)).ToList(), 0, 90));
        yield return ("gaps, none", SlackPriorities.Gaps("Asia", [], 90));
        yield return ("gaps, with the region's picture", SlackPriorities.Gaps("Your regions", [], 90,
            [AttBot.Domain.Countries.RegionFigures.Of(new AttBot.Domain.Countries.RegionDirectory(EveryCard.Countries).Find("Oceania")!)]));
        yield return ("gaps, all", SlackPriorities.Gaps("All states", nonParties.Select((c, i) => new Gap(c, (PriorityTier)(i % 3 + 1), i % 2 == 0 ? intention : null)).ToList(), 90));
    }
}
