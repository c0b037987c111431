using System.Globalization;
using System.Text.Json.Nodes;

namespace AttBot.Cards.Tests;

/// <summary>
/// Every coloured text in every card is readable in Teams' light theme: WCAG AA's 4.5:1 against the white card. The
/// colours are Teams' own (the host config the Agents Playground renders with: foregroundColors in its client bundle).
/// </summary>
public sealed class ContrastTests
{
    private static readonly Dictionary<string, string> TeamsLight = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Default"] = "#252424", ["Dark"] = "#252424", ["Light"] = "#FFFFFF", ["Accent"] = "#6264A7",
        ["Good"] = "#92C353", ["Warning"] = "#F8D22A", ["Attention"] = "#C4314B",
    };

    private const string CardBackground = "#FFFFFF";

    [Fact]
    public void The_palette_is_told_apart_as_WCAG_reckons_it()
    {
        Assert.True(Contrast(TeamsLight["Good"], CardBackground) < 2.2);       // the green "State Party" of before
        Assert.True(Contrast(TeamsLight["Warning"], CardBackground) < 1.6);    // the amber headings of before
        Assert.True(Contrast(TeamsLight["Accent"], CardBackground) >= 4.5);
        Assert.Equal(21.0, Contrast("#000000", "#FFFFFF"), 1);
    }

    [Fact]
    public void Every_coloured_text_in_every_card_meets_WCAG_AA_on_a_white_card()
    {
        var colours = EveryCard.All().SelectMany(c => Colours(c.Card).Select(colour => (c.Name, colour))).ToList();

        Assert.NotEmpty(colours);
        Assert.All(colours, used => Assert.True(Contrast(TeamsLight[used.colour], CardBackground) >= 4.5,
            $"{used.Name}: colour {used.colour} is {Contrast(TeamsLight[used.colour], CardBackground):0.0}:1 on white"));
    }

    [Fact]
    public void A_party_and_a_signatory_are_told_apart_in_words_not_by_colour_alone()
    {
        var party = EveryCard.Countries.First(c => c.Status == AttBot.Domain.Treaty.TreatyStatus.Party);
        var signatory = EveryCard.Countries.First(c => c.Status == AttBot.Domain.Treaty.TreatyStatus.Signatory);

        Assert.Contains("State Party", Headline(party));
        Assert.Contains("Signatory", Headline(signatory));
    }

    private static string Headline(AttBot.Domain.Countries.Country country) =>
        AttBotCards.Status(country, AttBot.Data.Seed.StatusTable.SeedCurrentTo)["body"]![1]!["text"]!.GetValue<string>();

    private static IEnumerable<string> Colours(JsonNode? node) => node switch
    {
        JsonObject o => (o["color"] is JsonValue v && v.TryGetValue<string>(out var c) ? [c] : Array.Empty<string>())
            .Concat(o.SelectMany(p => Colours(p.Value))),
        JsonArray a => a.SelectMany(Colours),
        _ => [],
    };

    /// <summary>WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.</summary>
    private static double Contrast(string foreground, string background)
    {
        var (a, b) = (Luminance(foreground), Luminance(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
