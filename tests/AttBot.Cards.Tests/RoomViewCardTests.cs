using AttBot.Domain.Places;
using static AttBot.Cards.Tests.OutreachSamples;

namespace AttBot.Cards.Tests;

/// <summary>Cards written for a shared place: what a room with a bystander reads, and the refresh for those who may read more.</summary>
public sealed class RoomViewCardTests
{
    private static readonly AttBot.Domain.Outreach.Viewer MixedRoom = Audience.ReaderOf(Secretariat, new Place(PlaceKind.Channel), [Bystander]);

    [Fact]
    public void An_alert_in_a_mixed_channel_names_nobody_behind_a_restricted_plan_and_keeps_the_shared_one_whole()
    {
        var conflict = Recorded();
        var card = OutreachCards.ConflictAlert(Audience.Redacted(conflict, MixedRoom), CountryName).ToJsonString();

        foreach (var hidden in new[] { "Pita Taufa", "Pacific Islands Forum", "Sensitive: opposition MPs invited" })
            Assert.DoesNotContain(hidden, card);
        Assert.Contains("another stakeholder", card);
        Assert.Contains("Ana Ruiz", card);
    }

    [Fact]
    public void A_refresh_lists_the_permitted_viewers_only_and_at_most_sixty()
    {
        var card = ViewRefresh.Add(OutreachCards.Notice("x", "y"), "outreach Tonga", "29:ana", Enumerable.Range(0, 70).Select(i => $"29:user-{i}"));

        var refresh = card["refresh"]!;
        Assert.Equal("Action.Execute", refresh["action"]!["type"]!.GetValue<string>());
        Assert.Equal(CardData.ViewVerb, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("outreach Tonga", refresh["action"]!["data"]![CardData.View]!.GetValue<string>());
        Assert.Equal(60, refresh["userIds"]!.AsArray().Count);
        Assert.Null(ViewRefresh.Add(OutreachCards.Notice("x", "y"), "mine", "29:ana", [])["refresh"]);
    }
}

/// <summary>The same status card on both channels: the assistance avenues and their heading, and none for the United States.</summary>
public sealed class StatusDriftTests
{
    [Theory]
    [InlineData("MYS", true)]
    [InlineData("USA", false)]
    [InlineData("FRA", false)]
    public void Teams_and_Slack_status_cards_point_to_assistance_for_the_same_states(string iso3, bool pointed)
    {
        var country = EveryCard.ByIso3(iso3);
        var teams = AttBotCards.Status(country, new DateOnly(2026, 3, 18)).ToJsonString();
        var slack = AttBot.Cards.BlockKit.SlackMessages.Status(country, new DateOnly(2026, 3, 18)).ToJsonString();

        foreach (var card in new[] { teams, slack })
        {
            Assert.Equal(pointed, card.Contains("Assistance on the way to joining", StringComparison.Ordinal));
            Assert.Equal(pointed, card.Contains("Voluntary Trust Fund", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_states_priority_is_labelled_priority_on_both_channels()
    {
        var tonga = EveryCard.ByIso3("TON");
        var slack = AttBot.Cards.BlockKit.SlackPriorities.ForCountry(tonga, AttBot.Domain.Priorities.PriorityTier.SignatoryJoiningSoon, [], null).ToJsonString();
        var teams = PriorityCards.ForCountry(tonga, AttBot.Domain.Priorities.PriorityTier.SignatoryJoiningSoon, [], null).ToJsonString();

        Assert.Contains("Priority", slack);
        Assert.Contains("Priority", teams);
        Assert.DoesNotContain("*Tier*", teams);
        Assert.DoesNotContain("*Tier*", slack);
    }
}

/// <summary>The help says the same on both channels: the same lines, only the command's prefix and how a status table arrives differ.</summary>
public sealed class HelpDriftTests
{
    [Theory]
    [InlineData("champions Oceania")]
    [InlineData("calendar revoke")]
    [InlineData("You can also write to me directly or mention me.")]
    [InlineData("subscribe alerts")]
    [InlineData("gaps Oceania")]
    public void Teams_and_Slack_help_name_the_same_commands(string words)
    {
        // Every section shown: the Secretariat's and the champions' are seen only by them, the same on both channels.
        var teams = AttBotCards.Help(forSecretariat: true, forChampions: true).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var slack = AttBot.Cards.BlockKit.SlackMessages.Help("/att", forSecretariat: true, forChampions: true).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains(words, teams);
        Assert.Contains(words, slack);
    }
}
