namespace AttBot.Cards.Tests;

public sealed class CardParserTests
{
    [Fact]
    public void Every_card_the_bot_can_send_passes_the_official_parser_without_errors_or_warnings()
    {
        var cards = EveryCard.All().ToList();
        var reports = OfficialAdaptiveCardsParser.Validate(cards.Select(c => c.Card));

        Assert.Equal(cards.Count, reports.Count);
        var problems = reports
            .Where(r => r.Errors.Count > 0 || r.Warnings.Count > 0)
            .Select(r => $"{cards[r.Index].Name}: {string.Join("; ", r.Errors.Concat(r.Warnings))}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_card_targets_version_1_5_or_lower_for_Teams()
    {
        Assert.All(EveryCard.All(), c => Assert.Equal("1.5", c.Card["version"]!.GetValue<string>()));
    }

    [Fact]
    public void Every_card_stays_under_the_Teams_message_size_limit()
    {
        // Teams refuses bot messages of roughly 28-40 KB and more; the registration form with all 196 states is the largest card.
        Assert.All(EveryCard.All(), c => Assert.True(c.Card.ToJsonString().Length < 24_000, $"{c.Name} is {c.Card.ToJsonString().Length} characters"));
    }
}
