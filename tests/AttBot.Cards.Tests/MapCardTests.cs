using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;

namespace AttBot.Cards.Tests;

/// <summary>The map in cards: the Image element passes the official parser, and Slack's image block passes Block Kit's limits.</summary>
public sealed class MapCardTests
{
    private static readonly Uri Image = new("https://bot.example.test/api/maps/0123456789abcdef0123456789abcdef.png");
    private static readonly MapCaption Caption = new("Oceania", ["States Parties: 7 (47 %)", "Signatories: 2 (13 %)", "Neither: 6 (40 %)"],
        "Outreach planned in the next 90 days: 1 state", StatusTable.SeedCurrentTo);

    private static JsonObject RegionCardWithMap()
    {
        var countries = StatusTable.ReadSeed();
        var figures = RegionFigures.Of(new RegionDirectory(countries).Find("Oceania")!);
        return MapCards.WithImage(RegionCards.Region(figures, new Domain.Outreach.RegionOutreach(0, 0, null, 90), StatusTable.SeedCurrentTo), Image, Caption.AltText);
    }

    [Fact]
    public void The_map_card_and_the_region_card_with_its_map_pass_the_official_parser()
    {
        var cards = new JsonNode[] { MapCards.Map(Caption, Image, [("Oceania: figures and states", "region Oceania")]), RegionCardWithMap() };
        var reports = OfficialAdaptiveCardsParser.Validate(cards);
        Assert.All(reports, r => Assert.True(r.Errors.Count + r.Warnings.Count == 0, string.Join("; ", r.Errors.Concat(r.Warnings))));
    }

    [Fact]
    public void The_map_comes_right_under_the_region_cards_heading_with_words_for_screen_readers()
    {
        var body = RegionCardWithMap()["body"]!.AsArray();
        Assert.Equal("Image", body[1]!["type"]!.GetValue<string>());
        Assert.Equal(Image.AbsoluteUri, body[1]!["url"]!.GetValue<string>());
        Assert.Contains("States Parties: 7 (47 %)", body[1]!["altText"]!.GetValue<string>());
    }

    [Fact]
    public void The_slack_map_is_within_block_kits_limits_and_a_bad_image_url_is_caught()
    {
        Assert.Empty(BlockKitLimits.CheckMessage(SlackMaps.Map(Caption, Image)));
        var bad = SlackMaps.Map(Caption, new Uri("file:///etc/passwd"));
        Assert.NotEmpty(BlockKitLimits.CheckMessage(bad));
    }
}
