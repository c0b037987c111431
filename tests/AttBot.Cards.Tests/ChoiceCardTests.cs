using AttBot.Cards;

namespace AttBot.Cards.Tests;

public sealed class ChoiceCardTests
{
    [Fact]
    public void The_ambiguity_card_has_an_execute_button_per_candidate_carrying_its_code()
    {
        var card = AttBotCards.ChooseCountry("Korea", [EveryCard.ByIso3("PRK"), EveryCard.ByIso3("KOR")]);

        var buttons = card["body"]![1]!["actions"]!.AsArray();
        Assert.Equal(2, buttons.Count);
        Assert.Equal("Democratic People's Republic of Korea", buttons[0]!["title"]!.GetValue<string>());
        Assert.Equal("Action.Execute", buttons[0]!["type"]!.GetValue<string>());
        Assert.Equal(CardData.StatusVerb, buttons[0]!["verb"]!.GetValue<string>());
        Assert.Equal("KOR", buttons[1]!["data"]![CardData.Iso3]!.GetValue<string>());
        Assert.Contains("“Korea” could mean several states", card["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void The_unknown_country_sentence_lists_the_suggestions_naturally()
    {
        Assert.Equal("I don't know “Gui” — did you mean Guinea, Guinea-Bissau or Equatorial Guinea?",
            AttBotCards.UnknownCountryText("Gui", [EveryCard.ByIso3("GIN"), EveryCard.ByIso3("GNB"), EveryCard.ByIso3("GNQ")]));
        Assert.Equal("I don't know “Malaisya x” — did you mean Malaysia?",
            AttBotCards.UnknownCountryText("Malaisya x", [EveryCard.ByIso3("MYS")]));
        Assert.StartsWith("I don't know “Atlantis”. Try", AttBotCards.UnknownCountryText("Atlantis", []));
    }

    [Fact]
    public void Echoed_input_is_cut_short()
    {
        var text = AttBotCards.UnknownCountryText(new string('x', 500), []);
        Assert.True(text.Length < 200);
    }

    [Fact]
    public void Welcome_and_help_offer_example_commands_as_buttons()
    {
        foreach (var card in new[] { AttBotCards.Welcome(), AttBotCards.Help() })
        {
            var commands = card["actions"]!.AsArray().Select(a => a!["data"]![CardData.Command]!.GetValue<string>()).ToList();
            Assert.Contains("status Viet Nam", commands);
            Assert.Contains("help", commands);
        }
        Assert.Equal("Welcome to AttBot", AttBotCards.Welcome()["body"]![0]!["text"]!.GetValue<string>());
    }
}
