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
        foreach (var card in OutreachSamples.All())
            yield return card;
    }
}
