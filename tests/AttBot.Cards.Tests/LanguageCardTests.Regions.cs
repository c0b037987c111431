using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Priorities;
using static AttBot.Cards.Tests.RegionSamples;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Cards.Tests;

/// <summary>The regional picture, the map and the Secretariat's priorities and gaps, in every language, on Teams and Slack.</summary>
public sealed partial class LanguageCardTests
{
    private static readonly Uri MapImage = new("https://bot.example.test/api/maps/0123456789abcdef0123456789abcdef.png");

    private static IEnumerable<(string Name, JsonObject Card, bool Slack)> RegionRenderings(Lang language)
    {
        foreach (var name in Regions.Names)
        {
            yield return ($"region {name}", RegionCards.Region(Figures(name), SomeOutreach, StatusTable.SeedCurrentTo, language), false);
            yield return ($"slack region {name}", SlackRegions.Region(Figures(name), SomeOutreach, StatusTable.SeedCurrentTo, language), true);
        }
        yield return ("region, no outreach", RegionCards.Region(Figures("Oceania"), NoOutreach, StatusTable.SeedCurrentTo, language), false);
        yield return ("slack region, no outreach", SlackRegions.Region(Figures("Oceania"), NoOutreach, StatusTable.SeedCurrentTo, language), true);
        var world = WorldFigures.Of(EveryCard.Countries);
        yield return ("world", RegionCards.World(world, StatusTable.SeedCurrentTo, language), false);
        yield return ("slack world", SlackRegions.World(world, StatusTable.SeedCurrentTo, language), true);
        yield return ("unknown region", RegionCards.UnknownRegion("Oceanai", ["Oceania", "Eastern Asia", "Latin America and the Caribbean"], language), false);
        yield return ("unknown region, nothing close", RegionCards.UnknownRegion("x", [], language), false);
        yield return ("slack unknown region", SlackRegions.UnknownRegion("Oceanai", ["Oceania", "Eastern Asia", "Asia"], language), true);

        foreach (var (name, place) in new[] { ("World", (string?)null), ("Oceania", "Oceania"), ("African States", "African States") })
        {
            var caption = Caption(place, language);
            yield return ($"map {name}", MapCards.Map(caption, MapImage, MapCards.Buttons(place, language)), false);
            yield return ($"slack map {name}", SlackMaps.Map(caption, MapImage), true);
        }
        yield return ("region with its map", MapCards.WithImage(RegionCards.Region(Figures("Oceania"), SomeOutreach, StatusTable.SeedCurrentTo, language),
            MapImage, Caption("Oceania", language).AltText), false);

        var tonga = EveryCard.ByIso3("TON");
        var angola = EveryCard.ByIso3("AGO");
        // What the Secretariat typed stays as typed, so the samples' own words are too short to count as a sentence.
        var said = new DeclaredIntention(1, "AGO", new DateOnly(2026, 3, 3), "CSP11", "ratification pending", "U1", DateTimeOffset.UnixEpoch);
        yield return ("priority", PriorityCards.ForCountry(angola, PriorityTier.SignatoryJoiningSoon, [said], null, language), false);
        yield return ("priority, none declared", PriorityCards.ForCountry(tonga, PriorityTier.InclinedToJoin, [], null, language), false);
        yield return ("slack priority", SlackPriorities.ForCountry(angola, PriorityTier.SignatoryJoiningSoon, [said], null, language), true);
        yield return ("slack priority, none declared", SlackPriorities.ForCountry(tonga, PriorityTier.Others, [], null, language), true);
        var rows = new (Country, PriorityTier, DeclaredIntention?, int)[]
        {
            (angola, PriorityTier.SignatoryJoiningSoon, said, 0),
            (EveryCard.ByIso3("MYS"), PriorityTier.SignatoryComingYears, null, 2),
            (tonga, PriorityTier.InclinedToJoin, null, 1),
        };
        foreach (var scope in new[] { PrioritySentences.AllStates, PrioritySentences.YourRegions, "Oceania" })
        {
            yield return ($"priorities {scope}", PriorityCards.Listing(scope, rows, 12, 90, language), false);
            yield return ($"slack priorities {scope}", SlackPriorities.Listing(scope, rows, 12, 90, language), true);
        }
        yield return ("priorities, none ranked", PriorityCards.Listing("Oceania", [], 1, 90, language), false);
        yield return ("slack priorities, none ranked", SlackPriorities.Listing("Oceania", [], 1, 90, language), true);
        var gaps = new[] { new Gap(angola, PriorityTier.SignatoryJoiningSoon, said), new Gap(tonga, PriorityTier.InclinedToJoin, null) };
        var pictures = new[] { Figures("Oceania"), Figures("African States") };
        yield return ("gaps", PriorityCards.Gaps(PrioritySentences.AllStates, gaps, 90, pictures, language), false);
        yield return ("gaps, none", PriorityCards.Gaps("Oceania", [], 30, null, language), false);
        yield return ("slack gaps", SlackPriorities.Gaps(PrioritySentences.YourRegions, gaps, 90, pictures, language), true);
        yield return ("slack gaps, none", SlackPriorities.Gaps("Oceania", [], 30, null, language), true);
    }

    /// <summary>A map's caption as the map desk writes it: the legend's counts from the region's figures.</summary>
    private static MapCaption Caption(string? region, Lang language)
    {
        var f = region is null ? WorldFigures.Of(EveryCard.Countries).World : Figures(region);
        var title = region is null ? PlaceNames.Region("World", language) : RegionWords.Name(f, language);
        return new MapCaption(title,
        [
            MapWords.LegendEntry(RegionWords.Figure.Parties, f.Parties, f.PartiesPercent, language),
            MapWords.LegendEntry(RegionWords.Figure.Signatories, f.Signatories, f.SignatoriesPercent, language),
            MapWords.LegendEntry(RegionWords.Figure.Neither, f.Neither, f.NeitherPercent, language),
        ], MapWords.Planned(MapWords.PlannedLabel(90, language), 4, language), StatusTable.SeedCurrentTo, language);
    }

    [Theory]
    [InlineData(Lang.French, "Océanie", "Région", "États parties", "Démarches prévues dans les 90 prochains jours", "Groupe des États d’Afrique")]
    [InlineData(Lang.Spanish, "Oceanía", "Región", "Estados partes", "Gestiones previstas en los próximos 90 días", "Grupo de Estados de África")]
    public void A_region_card_reads_in_the_reader_s_language(Lang language, string name, string kind, string parties, string planned, string group)
    {
        var card = RegionCards.Region(Figures("Oceania"), SomeOutreach, StatusTable.SeedCurrentTo, language);
        var texts = Strings(card).ToList();
        var figures = Figures("Oceania");

        Assert.Equal(name, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(kind, card["body"]![1]!["text"]!.GetValue<string>());
        Assert.Contains(parties, texts);
        Assert.Contains($"{figures.Parties} ({figures.PartiesPercent}\u00A0%)", texts);
        Assert.Contains(texts, t => t.StartsWith(planned, StringComparison.Ordinal));
        var groupCard = RegionCards.Region(Figures("African States"), NoOutreach, StatusTable.SeedCurrentTo, language);
        Assert.Equal(group, groupCard["body"]![0]!["text"]!.GetValue<string>());
    }
}
