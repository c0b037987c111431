using System.Text.Json.Nodes;
using AttBot.Data.Seed;

namespace AttBot.Cards.Tests;

public sealed class StatusCardTests
{
    private static JsonObject StatusOf(string iso3) => AttBot.Cards.AttBotCards.Status(EveryCard.ByIso3(iso3), StatusTable.SeedCurrentTo);

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet")
        .SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    private static List<string> Texts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "TextBlock")
        .Select(e => e!["text"]!.GetValue<string>()).ToList();

    [Fact]
    public void A_party_shows_signature_instrument_and_entry_into_force()
    {
        var card = StatusOf("AUS");

        Assert.Equal("Australia", Texts(card)[0]);
        Assert.Equal("State Party", Texts(card)[1]);
        var facts = Facts(card);
        Assert.Equal("3 June 2013", facts["Signed"]);
        Assert.Equal("Ratification deposited 3 June 2014", facts["Instrument"]);
        Assert.Equal("24 December 2014", facts["Entry into force"]);
        Assert.Equal("Oceania · Australia and New Zealand", facts["Region"]);
        Assert.Equal("Western European and other States", facts["UN regional group"]);
        Assert.Contains("Data current to 18 March 2026", string.Join("\n", Texts(card)));
    }

    [Fact]
    public void A_state_that_acceded_has_no_signature_line()
    {
        var facts = Facts(StatusOf("AFG"));

        Assert.False(facts.ContainsKey("Signed"));
        Assert.Equal("Accession deposited 29 July 2020", facts["Instrument"]);
        Assert.Equal("27 October 2020", facts["Entry into force"]);
    }

    [Fact]
    public void A_signatory_says_not_yet_ratified_and_shows_only_the_signature()
    {
        var card = StatusOf("MYS");

        Assert.Equal("Signatory, not yet ratified", Texts(card)[1]);
        var facts = Facts(card);
        Assert.Equal("26 September 2013", facts["Signed"]);
        Assert.False(facts.ContainsKey("Instrument"));
        Assert.False(facts.ContainsKey("Entry into force"));
        Assert.Equal("Asia · South-eastern Asia", facts["Region"]);
    }

    [Fact]
    public void The_United_States_card_carries_the_2019_notification()
    {
        var texts = string.Join("\n", Texts(StatusOf("USA")));
        Assert.Contains("Signatory; notified on 18 July 2019 that it does not intend to become a party", texts);
    }

    [Fact]
    public void A_non_signatory_shows_the_intermediate_region_and_no_dates()
    {
        var card = StatusOf("DZA");

        Assert.Equal("Neither signatory nor party", Texts(card)[1]);
        Assert.Equal(["Region", "UN regional group"], Facts(card).Keys);
        Assert.Equal("Africa · Northern Africa", Facts(card)["Region"]);
        Assert.Equal("Africa · Sub-Saharan Africa · Middle Africa", Facts(StatusOf("AGO"))["Region"]);
    }

    [Fact]
    public void The_plain_text_fallback_carries_the_same_facts()
    {
        var fallback = StatusOf("AUS")["fallbackText"]!.GetValue<string>();
        Assert.StartsWith("Australia: State Party", fallback);
        Assert.Contains("Signed 3 June 2013", fallback);
        Assert.Contains("Entry into force 24 December 2014", fallback);
    }

    [Fact]
    public void A_state_outside_the_regional_groups_has_no_group_line()
    {
        Assert.False(Facts(StatusOf("VAT")).ContainsKey("UN regional group"));
    }

    [Theory]
    [InlineData(0, null, 0, null, "No outreach planned.")]
    [InlineData(2, "2027-03-10", 0, null, "Outreach planned in the next 90 days: 2 (next on 10 March 2027).")]
    [InlineData(0, null, 2, "2027-03-20", "Nothing planned in the next 90 days · 2 later, from 20 March 2027: type “outreach Tonga” to see them.")]
    [InlineData(1, "2027-01-05", 3, "2027-04-02", "Outreach planned in the next 90 days: 1 (next on 5 January 2027) · 3 later, from 2 April 2027: type “outreach Tonga” to see them.")]
    public void The_card_says_what_is_planned_soon_and_what_is_planned_later(int soon, string? next, int later, string? firstLater, string expected)
    {
        var planned = new AttBot.Domain.Outreach.PlannedOutreach(soon, next is null ? null : DateOnly.Parse(next), 90, later,
            firstLater is null ? null : DateOnly.Parse(firstLater));

        var card = AttBot.Cards.AttBotCards.Status(EveryCard.ByIso3("TON"), StatusTable.SeedCurrentTo, planned);

        Assert.Contains(expected, Texts(card));
        Assert.Contains(expected, AttBot.Cards.BlockKit.SlackMessages.Status(EveryCard.ByIso3("TON"), StatusTable.SeedCurrentTo, planned).ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
