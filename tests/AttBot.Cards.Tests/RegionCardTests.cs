using System.Text.Json.Nodes;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;

namespace AttBot.Cards.Tests;

public sealed class RegionCardTests
{
    private static string Json(JsonObject card) => card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Dictionary<string, string> Facts(JsonObject card) => card["body"]!.AsArray()
        .Where(e => e!["type"]!.GetValue<string>() == "FactSet")
        .SelectMany(f => f!["facts"]!.AsArray())
        .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());

    [Fact]
    public void Asia_shows_its_counts_with_percentages_and_its_non_parties_signatories_first()
    {
        var card = RegionCards.Region(RegionSamples.Figures("Asia"), RegionSamples.NoOutreach, StatusTable.SeedCurrentTo);

        var facts = Facts(card);
        Assert.Equal("48", facts["States"]);
        Assert.Equal("11 (23%)", facts["States Parties"]);
        Assert.Equal("10 (21%)", facts["Signatories"]);
        var json = Json(card);
        Assert.True(json.IndexOf("Signatories, not yet party (10)", StringComparison.Ordinal) < json.IndexOf("Neither signed nor joined (27)", StringComparison.Ordinal));
        Assert.Contains("Malaysia", json);
        Assert.Contains("Viet Nam", json);
        Assert.Contains("No outreach planned in the next 90 days", json);
    }

    [Fact]
    public void Planned_outreach_is_a_count_of_registrations_and_states()
    {
        var card = RegionCards.Region(RegionSamples.Figures("Oceania"), RegionSamples.SomeOutreach, StatusTable.SeedCurrentTo);
        Assert.Contains("Outreach planned in the next 90 days: 3 registrations reaching 5 states (next on 10 March 2027).", Json(card));
    }

    [Fact]
    public void The_world_table_gives_the_totals_and_every_region_and_group()
    {
        var json = Json(RegionCards.World(WorldFigures.Of(EveryCard.Countries), StatusTable.SeedCurrentTo));
        Assert.Contains("118 of 196 states are States Parties (60%); 25 signatories (13%); 53 neither (27%).", json);
        Assert.Contains("7/15 parties (47%) · 2 signatories (13%)", json); // Oceania
        Assert.Contains("African States", json);
    }

    [Fact]
    public void A_signatory_status_card_points_to_the_trust_fund_and_the_sponsorship_programme_and_a_party_card_does_not()
    {
        Assert.Contains("Voluntary Trust Fund", Json(AttBotCards.Status(EveryCard.ByIso3("MYS"), StatusTable.SeedCurrentTo)));
        Assert.Contains("Sponsorship Programme", Json(AttBotCards.Status(EveryCard.ByIso3("MYS"), StatusTable.SeedCurrentTo)));
        Assert.DoesNotContain("Voluntary Trust Fund", Json(AttBotCards.Status(EveryCard.ByIso3("FRA"), StatusTable.SeedCurrentTo)));
        Assert.DoesNotContain("Voluntary Trust Fund", Json(AttBotCards.Status(EveryCard.ByIso3("TON"), StatusTable.SeedCurrentTo)));
        Assert.Contains("Voluntary Trust Fund", Json(AttBotCards.Status(EveryCard.ByIso3("TON"), StatusTable.SeedCurrentTo, declaredIntention: true)));
    }

    [Fact]
    public void The_import_preview_lists_additions_changes_and_refused_rows_and_offers_apply_and_discard()
    {
        var card = StatusEditCards.Preview(3, "status.html", RegionSamples.Diff());
        var json = Json(card);

        Assert.Contains("1 added, 1 changed, 141 unchanged, 1 row refused", json);
        Assert.Contains("Tonga: Neither signatory nor party → State Party (accession deposited 2 March 2026, in force 31 May 2026)", json);
        Assert.Contains("Malaysia: Signatory (signed 26 September 2013) → State Party (signed 26 September 2013, ratification deposited 15 January 2026, in force 15 April 2026)", json);
        Assert.Contains("Line 59: Viet Nam", json);
        Assert.Contains("Niue", json);
        var actions = card["actions"]!.AsArray();
        Assert.Equal([CardData.ApplyImportVerb, CardData.DiscardImportVerb], actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal(3, a!["data"]![CardData.ImportId]!.GetValue<long>()));
    }

    [Fact]
    public void A_page_older_than_the_stored_data_is_flagged_in_the_preview()
    {
        var json = Json(StatusEditCards.Preview(3, "status.html", RegionSamples.Diff(), new DateOnly(2026, 2, 3), StatusTable.SeedCurrentTo));
        Assert.Contains("The file shows the status as at 3 February 2026.", json);
        Assert.Contains("older than the stored data (current to 18 March 2026)", json);
        Assert.DoesNotContain("older than", Json(StatusEditCards.Preview(3, "status.html", RegionSamples.Diff(), new DateOnly(2026, 11, 20), StatusTable.SeedCurrentTo)));
    }

    [Fact]
    public void A_preview_with_nothing_to_apply_has_no_apply_button()
    {
        var card = StatusEditCards.Preview(4, "status.csv", new AttBot.Domain.Treaty.StatusDiff([], 143, [], []));
        Assert.Null(card["actions"]);
        Assert.Contains("Nothing to apply", Json(card));
    }
}
