using System.Text.Json.Nodes;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;

namespace AttBot.Cards.Tests;

/// <summary>The region and status-keeping cards, from the seed data, for the parser check and the content tests.</summary>
public static class RegionSamples
{
    public static readonly RegionDirectory Regions = new(EveryCard.Countries);
    public static readonly RegionOutreach NoOutreach = new(0, 0, null, 90);
    public static readonly RegionOutreach SomeOutreach = new(3, 5, new DateOnly(2027, 3, 10), 90);

    public static RegionFigures Figures(string name) => RegionFigures.Of(Regions.Find(name)!);

    public static readonly StatusRecord TongaAccedes = new(TreatyStatus.Party, null, new DateOnly(2026, 3, 2), ConsentKind.Accession);

    public static StatusDiff Diff()
    {
        var malaysia = StatusRecord.Of(EveryCard.ByIso3("MYS"));
        return new StatusDiff(
        [
            new StatusUpdate("MYS", "Malaysia", malaysia, malaysia with { Status = TreatyStatus.Party, ConsentDate = new DateOnly(2026, 1, 15), ConsentKind = ConsentKind.Ratification }),
            new StatusUpdate("TON", "Tonga", StatusRecord.Neither, TongaAccedes),
        ], 141, [new ImportProblem(59, "Viet Nam: the signature “sometime in 2013” is not a date like 3 Jun 2013.")], ["Niue"]);
    }

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        foreach (var name in Regions.Names)
            yield return ($"region {name}", RegionCards.Region(Figures(name), SomeOutreach, StatusTable.SeedCurrentTo));
        yield return ("region, no outreach", RegionCards.Region(Figures("Oceania"), NoOutreach, StatusTable.SeedCurrentTo));
        yield return ("world", RegionCards.World(WorldFigures.Of(EveryCard.Countries), StatusTable.SeedCurrentTo));
        yield return ("unknown region", RegionCards.UnknownRegion("Oceanai", ["Oceania", "Eastern Asia", "Asia"]));
        yield return ("unknown region, no suggestion", RegionCards.UnknownRegion("x", []));
        var tonga = EveryCard.ByIso3("TON");
        yield return ("status changed", StatusEditCards.Changed(tonga, TongaAccedes.ApplyTo(tonga)));
        yield return ("import preview", StatusEditCards.Preview(3, "status.html", Diff()));
        yield return ("import preview, older page", StatusEditCards.Preview(3, "status.html", Diff(), new DateOnly(2026, 2, 3), StatusTable.SeedCurrentTo));
        yield return ("import preview, nothing to apply", StatusEditCards.Preview(4, "status.csv", new StatusDiff([], 143, [], [])));
        var many = new StatusDiff(EveryCard.Countries.Where(c => c.Status == TreatyStatus.None).Select(c => new StatusUpdate(c.Iso3, c.Name, StatusRecord.Neither,
            new StatusRecord(TreatyStatus.Signatory, new DateOnly(2013, 6, 3), null, null))).ToList(), 0,
            Enumerable.Range(2, 60).Select(i => new ImportProblem(i, "unreadable")).ToList(), []);
        yield return ("import preview, long", StatusEditCards.Preview(5, "status.csv", many));
        yield return ("import applied", StatusEditCards.Applied(3, "status.html", Diff(), new DateOnly(2026, 11, 24)));
        yield return ("import discarded", StatusEditCards.Discarded(3, "status.html"));
    }
}
