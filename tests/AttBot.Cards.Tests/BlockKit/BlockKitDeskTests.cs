using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using AttBot.Domain.Priorities;
using AttBot.Domain.Treaty;
using static AttBot.Cards.Tests.RegionSamples;

namespace AttBot.Cards.Tests.BlockKit;

/// <summary>The Slack renderings of the newer commands say what their Teams cards say, and echo nothing Slack would parse.</summary>
public sealed class BlockKitDeskTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void A_region_gives_the_same_figures_and_states_to_reach_as_its_Teams_card()
    {
        var slack = SlackRegions.Region(Figures("Oceania"), SomeOutreach, StatusTable.SeedCurrentTo).ToJsonString(Readable);
        var teams = RegionCards.Region(Figures("Oceania"), SomeOutreach, StatusTable.SeedCurrentTo).ToJsonString(Readable);

        foreach (var expected in new[] { "7 (47%)", "Tonga", RegionCards.OutreachText(SomeOutreach) })
        {
            Assert.Contains(expected, teams);
            Assert.Contains(expected, slack);
        }
    }

    [Fact]
    public void The_import_preview_offers_apply_and_discard_as_the_typed_commands()
    {
        var buttons = SlackStatusEdits.Preview(3, "status.html", Diff())["blocks"]!.AsArray().Last()!["elements"]!.AsArray();

        Assert.Equal(["apply import 3", "discard import 3"], buttons.Select(b => b!["value"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.StartsWith(SlackActions.Command + ":", b!["action_id"]!.GetValue<string>()));
        Assert.DoesNotContain("\"button\"", SlackStatusEdits.Preview(4, "status.csv", new StatusDiff([], 143, [], [])).ToJsonString());
    }

    [Fact]
    public void An_export_has_a_Download_button_opening_the_link_and_warns_what_the_file_holds()
    {
        var message = SlackReports.ExportReady(AttBot.Domain.Reports.ExportFormat.Csv, "all outreach", 12, truncated: false, "att.csv", BlockKitDeskSamples.Link, DateTimeOffset.UnixEpoch);
        var button = message["blocks"]!.AsArray().Select(b => b?["accessory"]).OfType<JsonNode>().Single();

        Assert.Equal(BlockKitDeskSamples.Link.AbsoluteUri, button["url"]!.GetValue<string>());
        Assert.Equal("Download", button["text"]!["text"]!.GetValue<string>());
        Assert.Contains("keep it within the Secretariat", message.ToJsonString(Readable));
        Assert.DoesNotContain("/api/exports/", message["text"]!.GetValue<string>()); // the notification does not carry the link
    }

    [Fact]
    public void Every_priority_answer_says_it_is_confidential()
    {
        var answers = new[]
        {
            SlackPriorities.ForCountry(EveryCard.ByIso3("MMR"), PriorityTier.Others, [], null),
            SlackPriorities.Listing("Oceania", [], 12, 90),
            SlackPriorities.Gaps("Asia", [], 90),
        };
        Assert.All(answers, a => Assert.Contains("Confidential: for the ATT Secretariat and regional champions", a.ToJsonString(Readable)));
    }

    [Fact]
    public void Echoed_region_names_and_statements_cannot_ping_or_link()
    {
        var unknown = SlackRegions.UnknownRegion("<!channel>", []).ToJsonString(Readable);
        var intention = new DeclaredIntention(1, "AGO", new DateOnly(2025, 8, 25), "<https://evil.example|CSP11>", "<!here> soon", "Sam", DateTimeOffset.UnixEpoch);
        var priority = SlackPriorities.ForCountry(EveryCard.ByIso3("AGO"), PriorityTier.SignatoryJoiningSoon, [intention], null).ToJsonString(Readable);

        Assert.DoesNotContain("<!channel>", unknown);
        Assert.DoesNotContain("<!here>", priority);
        Assert.DoesNotContain("<https://", priority);
    }
}
