using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using AttBot.Domain.Priorities;
using AttBot.Domain.Reports;

namespace AttBot.Cards.Tests;

/// <summary>The Secretariat's report cards, empty and full.</summary>
public static class ReportSamples
{
    private static readonly DateWindow Q1 = new(new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var link = new Uri("https://attbot.example.org/api/exports/abc");
        var expires = new DateTimeOffset(2027, 1, 1, 9, 15, 0, TimeSpan.Zero);
        yield return ("export ready", ReportCards.ExportReady(AttBot.Domain.Reports.ExportFormat.Csv, "Q1 2027, Asia", 12, truncated: false, "att-outreach-20270101-0900.csv", link, expires));
        yield return ("export truncated", ReportCards.ExportReady(AttBot.Domain.Reports.ExportFormat.Calendar, "all outreach", 20_000, truncated: true, "att-outreach.ics", link, expires));
        yield return ("summary, empty", ReportCards.Summary(PeriodSummary.Build(Q1, [], [], _ => "Asia"), iso3 => iso3));
        var plans = EveryCard.Countries.Take(40).Select((c, i) => new OutreachPlan
        {
            Id = i + 1, Organizer = new("msteams", "29:ana", "Ana"), Organization = "Mexico", Countries = [c.Iso3],
            Kind = OutreachWords.Kinds[i % OutreachWords.Kinds.Count], Window = new DateWindow(new DateOnly(2027, 1, 1).AddDays(i)),
            Topics = [OutreachWords.Topics[i % OutreachWords.Topics.Count]],
        }).ToList();
        var week = new DateWindow(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 10));
        yield return ("digest, quiet week", ReportCards.Digest(new Digest(week, [], 0, [], 0, [], 0, [], 0), iso3 => iso3));
        var conflicts = plans.Take(10).Select((p, i) => new RecordedConflict(i + 1,
            new Conflict(p, plans[i + 10] with { Countries = p.Countries }, p.Countries, ConflictKind.PossibleDuplication), null, null, null)).ToList();
        yield return ("digest, busy week", ReportCards.Digest(new Digest(week, plans.Take(10).ToList(), 240, conflicts, 31, plans.Skip(10).Take(10).ToList(), 10,
            plans.Skip(20).Take(10).Select(p => p with { Visibility = Visibility.Restricted }).ToList(), 55), iso3 => EveryCard.ByIso3(iso3).Name));
        var intention = new DeclaredIntention(1, "AGO", new DateOnly(2025, 8, 25), "CSP11 general debate", new string('x', 1000), "Sam", DateTimeOffset.UnixEpoch);
        yield return ("priority, none", PriorityCards.ForCountry(EveryCard.ByIso3("MMR"), PriorityTier.Others, [], null));
        yield return ("priority, full", PriorityCards.ForCountry(EveryCard.ByIso3("AGO"), PriorityTier.SignatoryJoiningSoon, Enumerable.Repeat(intention, 12).ToList(), "Angola is now in tier 1."));
        var nonParties = EveryCard.Countries.Where(c => c.Status != AttBot.Domain.Treaty.TreatyStatus.Party).ToList();
        yield return ("priorities, empty", PriorityCards.Listing("Oceania", [], 12, 90));
        yield return ("priorities, all", PriorityCards.Listing("All states",
            nonParties.Select((c, i) => (c, (PriorityTier)(i % 3 + 1), i % 2 == 0 ? intention : null, i % 4)).ToList(), 0, 90));
        yield return ("gaps, none", PriorityCards.Gaps("Asia", [], 90));
        yield return ("gaps, all", PriorityCards.Gaps("All states", nonParties.Select((c, i) => new Gap(c, (PriorityTier)(i % 3 + 1), i % 2 == 0 ? intention : null)).ToList(), 90));
        var plan = plans[0] with { Visibility = Visibility.Restricted, Notes = "meet the MFA", Partners = "UNRCPD", Countries = ["TON", "FJI"] };
        yield return ("champion note", OutreachCards.ChampionNote(plan, new Viewer("msteams", "29:maria", Role.Champion) { ChampionedStates = new HashSet<string> { "TON" } }, iso3 => EveryCard.ByIso3(iso3).Name));
        yield return ("champion note, no longer champion", OutreachCards.ChampionNote(plan, new Viewer("msteams", "29:maria", Role.Stakeholder), iso3 => EveryCard.ByIso3(iso3).Name));
        yield return ("findings reminder", OutreachCards.FindingsReminder(plan, iso3 => EveryCard.ByIso3(iso3).Name));
        yield return ("summary, full", ReportCards.Summary(
            PeriodSummary.Build(Q1, plans, [], iso3 => EveryCard.ByIso3(iso3).Region), iso3 => EveryCard.ByIso3(iso3).Name));
    }
}
