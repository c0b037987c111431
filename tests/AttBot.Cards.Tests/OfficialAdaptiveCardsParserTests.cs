using System.Text.Json.Nodes;

namespace AttBot.Cards.Tests;

// Proves the harness itself: a broken card is caught, a good one passes.
public class OfficialAdaptiveCardsParserTests
{
    [Fact]
    public void Official_parser_reports_a_broken_card()
    {
        var broken = JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "Carousel", "pages": [] },
                { "type": "TextBlock", "text": "Status", "size": "huge" },
                { "type": "TextBlock", "text": "Ecuador", "wrapp": true },
                { "type": "Input.Text" }
              ],
              "actions": [
                { "type": "Action.Execute", "title": "Refresh", "verb": "refresh", "role": "Button" },
                { "type": "Action.OpenUrl", "title": "Source" }
              ]
            }
            """)!;
        var tooNew = JsonNode.Parse("""
            { "type": "AdaptiveCard", "version": "1.6", "body": [ { "type": "TextBlock", "text": "Hi" } ] }
            """)!;

        var reports = OfficialAdaptiveCardsParser.Validate([broken, tooNew]);

        var errors = string.Join("\n", reports[0].Errors);
        Assert.Contains("Unknown element type \"Carousel\"", errors); // 1.6 element in a 1.5 card
        Assert.Contains("Invalid value \"huge\" for property \"size\"", errors);
        Assert.Contains("Property \"role\" is supported in version 1.6", errors);
        Assert.Contains("All inputs must have a unique Id", errors);
        Assert.Contains("Property \"url\" must be set", errors);
        Assert.Contains(reports[0].Warnings, w => w.Contains("unknown property \"wrapp\""));
        Assert.Contains(reports[1].Errors, e => e.Contains("card version (1.6) is not supported"));
    }

    [Fact]
    public void Official_parser_passes_a_good_card()
    {
        var good = JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Ecuador", "style": "heading", "wrap": true },
                { "type": "FactSet", "facts": [ { "title": "Status", "value": "State Party" } ] },
                { "type": "ActionSet", "actions": [
                  { "type": "Action.Execute", "title": "Republic of Korea", "verb": "status", "data": { "iso3": "KOR" } } ] }
              ],
              "actions": [ { "type": "Action.OpenUrl", "title": "Source", "url": "https://thearmstradetreaty.org" } ]
            }
            """)!;

        var report = Assert.Single(OfficialAdaptiveCardsParser.Validate([good]));

        Assert.Empty(report.Errors);
        Assert.Empty(report.Warnings);
    }
}
