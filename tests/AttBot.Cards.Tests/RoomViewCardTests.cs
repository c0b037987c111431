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
