using System.Text.Json.Nodes;
using AttBot.Cards;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;

namespace AttBot.Cards.Tests;

/// <summary>Every card the bot can send, built from the real seed data: the set the official parser must accept.</summary>
public static class EveryCard
{
    public static readonly IReadOnlyList<Country> Countries = StatusTable.ReadSeed();

    public static Country ByIso3(string iso3) => Countries.Single(c => c.Iso3 == iso3);

    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        yield return ("welcome", AttBotCards.Welcome());
        yield return ("help", AttBotCards.Help());
        foreach (var country in Countries)
            yield return ($"status {country.Iso3}", AttBotCards.Status(country, StatusTable.SeedCurrentTo));
        yield return ("choose Korea", AttBotCards.ChooseCountry("Korea", [ByIso3("PRK"), ByIso3("KOR")]));
        yield return ("choose Congo", AttBotCards.ChooseCountry("Congo", [ByIso3("COG"), ByIso3("COD")]));
        yield return ("unknown with one suggestion", AttBotCards.UnknownCountry("Malaysai Republik", [ByIso3("MYS")]));
        yield return ("unknown with three suggestions", AttBotCards.UnknownCountry("Gui", [ByIso3("GIN"), ByIso3("GNB"), ByIso3("GNQ")]));
        yield return ("unknown, long input", AttBotCards.UnknownCountry(new string('x', 500), [ByIso3("MYS")]));
        yield return ("history, empty", AuditCards.History("OR-0001", []));
        yield return ("history", AuditCards.History("OR-0001", Enumerable.Range(0, 40).Select(i => new AttBot.Domain.Audit.AuditEntry(
            new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.Zero).AddHours(i), new("msteams", "29:ana", "Ana Ruiz"), i == 0 ? "outreach.registered" : "outreach.moved",
            "outreach", "OR-0001", null, i == 0 ? null : "{\"start\":\"2027-03-10\"}", "{\"start\":\"2027-03-12\",\"countries\":[\"TON\"]}")).ToList()));
        foreach (var card in OutreachSamples.All())
            yield return card;
        foreach (var card in ReportSamples.All())
            yield return card;
        foreach (var card in RegionSamples.All())
            yield return card;
    }
}
