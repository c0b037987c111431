using System.Text.Json.Nodes;
using AttBot.Cards.BlockKit;
using AttBot.Domain.Outreach;
using static AttBot.Cards.Tests.OutreachSamples;

namespace AttBot.Cards.Tests.BlockKit;

/// <summary>Every Slack rendering fits Slack's limits, says what the Teams card says, and hides what the viewer may not see.</summary>
public sealed class BlockKitTests
{
    /// <summary>The JSON as Slack reads it: "<", "&" and "“" unescaped, so tests see exactly what reaches the user.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> MessageNames() => [.. BlockKitSamples.Messages().Select(m => m.Name)];
    public static TheoryData<string> ModalNames() => [.. BlockKitSamples.Modals().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(MessageNames))]
    public void Every_message_fits_Block_Kit_limits(string name)
    {
        var message = BlockKitSamples.Messages().Single(m => m.Name == name).Message;
        Assert.Empty(BlockKitLimits.CheckMessage(message));
        Assert.False(string.IsNullOrWhiteSpace(message["text"]?.GetValue<string>()), "notifications need the text");
    }

    [Theory]
    [MemberData(nameof(ModalNames))]
    public void Every_modal_fits_Block_Kit_limits(string name) =>
        Assert.Empty(BlockKitLimits.CheckModal(BlockKitSamples.Modals().Single(m => m.Name == name).View));

    [Fact]
    public void The_checker_finds_what_Slack_would_refuse()
    {
        var tooMany = new JsonObject { ["text"] = "x", ["blocks"] = new JsonArray(Enumerable.Range(0, 51).Select(_ => (JsonNode)Blocks.Divider()).ToArray()) };
        var longButton = new JsonObject
        {
            ["text"] = "x",
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "button", ["text"] = Blocks.PlainText(new string('b', 76)), ["action_id"] = "a" }),
            }),
        };
        var emptySection = new JsonObject { ["text"] = "x", ["blocks"] = new JsonArray(Blocks.Section("")) };

        Assert.Contains(BlockKitLimits.CheckMessage(tooMany), p => p.Contains("51 blocks"));
        Assert.Contains(BlockKitLimits.CheckMessage(longButton), p => p.Contains("text: 76"));
        Assert.Contains(BlockKitLimits.CheckMessage(emptySection), p => p.Contains("empty"));
        Assert.Contains(BlockKitLimits.CheckModal(new JsonObject { ["title"] = Blocks.PlainText("A title far longer than 24"), ["blocks"] = new JsonArray() }),
            p => p.StartsWith("title"));
    }

    [Fact]
    public void The_registration_form_offers_every_state_in_lists_of_at_most_100()
    {
        var form = SlackModals.RegistrationForm(null, EveryCard.Countries, Regions, null);
        var lists = form["blocks"]!.AsArray().Where(b => b!["block_id"]?.GetValue<string>().StartsWith(SlackModals.CountriesPrefix) == true).ToList();

        var offered = lists.SelectMany(b => b!["element"]!["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>())).ToList();
        Assert.Equal(EveryCard.Countries.Select(c => c.Iso3).Order(), offered.Order());
        Assert.All(lists, b => Assert.InRange(b!["element"]!["options"]!.AsArray().Count, 1, 100));
    }

    [Fact]
    public void A_restricted_overlap_is_told_without_who_or_what()
    {
        var json = SlackMessages.RegistrationConfirmation(AnaTonga, [Duplication(AnaTonga, PitaOceania)], AnaViewer, CountryName).ToJsonString(Readable);

        Assert.Contains("Another stakeholder has planned engagement with Tonga", json);
        Assert.DoesNotContain("Pita", json);
        Assert.DoesNotContain("Control Arms", json);
        Assert.DoesNotContain("opposition", json);
        Assert.DoesNotContain("OR-0042", json);
    }

    [Fact]
    public void A_restricted_plan_in_a_list_stays_anonymous_for_a_bystander_and_whole_for_the_secretariat()
    {
        var bystander = SlackMessages.OutreachList("Outreach for Tonga", [PitaOceania], Bystander, CountryName, "none").ToJsonString(Readable);
        var secretariat = SlackMessages.OutreachList("Outreach for Tonga", [PitaOceania], Secretariat, CountryName, "none").ToJsonString(Readable);

        Assert.DoesNotContain("Pita", bystander);
        Assert.Contains("(restricted)", bystander);
        Assert.Contains("Pita Taufa", secretariat);
    }

    [Fact]
    public void An_unsettled_alert_has_both_buttons_carrying_the_conflict_id_and_a_settled_one_has_none()
    {
        var open = SlackMessages.ConflictAlert(Recorded(), CountryName).ToJsonString(Readable);
        var settled = SlackMessages.ConflictAlert(Recorded(ConflictResolution.Coordinated), CountryName).ToJsonString(Readable);

        Assert.Contains($"\"action_id\":\"{SlackActions.Coordinated}\",\"value\":\"7\"", open);
        Assert.Contains($"\"action_id\":\"{SlackActions.NotAConflict}\",\"value\":\"7\"", open);
        Assert.DoesNotContain("\"button\"", settled);
        Assert.Contains("Marked coordinated by Secretariat Officer", settled);
    }

    [Fact]
    public void Echoed_input_cannot_ping_a_channel_or_make_a_link()
    {
        var json = SlackMessages.UnknownCountry("<!channel> <https://evil.example|Tonga>", []).ToJsonString(Readable);

        Assert.DoesNotContain("<!channel>", json);
        Assert.DoesNotContain("<https://", json);
        Assert.Contains("&lt;!channel&gt;", json);
    }

    [Fact]
    public void Teams_bold_becomes_Slack_bold_and_italic_becomes_underscores() =>
        Assert.Equal("Type *mine* or _organization Mexico_ &amp; more", Mrkdwn.From("Type **mine** or *organization Mexico* & more"));

    [Fact]
    public void Ambiguous_states_each_get_a_button_with_a_distinct_action_id()
    {
        var message = SlackMessages.ChooseCountry("Guinea", [EveryCard.ByIso3("GIN"), EveryCard.ByIso3("GNB"), EveryCard.ByIso3("GNQ")]);
        var buttons = message["blocks"]![1]!["elements"]!.AsArray();

        Assert.Equal(["GIN", "GNB", "GNQ"], buttons.Select(b => b!["value"]!.GetValue<string>()));
        Assert.Equal(3, buttons.Select(b => b!["action_id"]!.GetValue<string>()).Distinct().Count());
    }
}
