using System.Text.Json.Nodes;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Cards.BlockKit;
using AttBot.Host.Bots;
using AttBot.Host.Outreach;

namespace AttBot.Host.Maps;

/// <summary>"map …" answered in Teams (an Adaptive Card with the Image) and in Slack (an image block).</summary>
public sealed class MapReplies(MapDesk desk)
{
    public Activity Teams(Person person, string? text) => desk.Map(person, text) switch
    {
        MapOutcome.Ready r => StatusReplies.CardMessage(MapCards.Map(r.Caption, r.Image, Buttons(r)), r.Caption.AltText),
        MapOutcome.Refused refused => OutreachReplies.Text(refused.Reason),
        _ => throw new InvalidOperationException("Unknown map outcome."),
    };

    public JsonObject Slack(Person person, string? text) => desk.Map(person, text) switch
    {
        MapOutcome.Ready r => SlackMaps.Map(r.Caption, r.Image),
        MapOutcome.Refused refused => Blocks.TextMessage(refused.Reason),
        _ => throw new InvalidOperationException("Unknown map outcome."),
    };

    /// <summary>The region card behind a region's map; the world table behind the world's.</summary>
    private static IEnumerable<(string Title, string Command)> Buttons(MapOutcome.Ready ready) => ready.RegionName is { } name
        ? [($"{name}: figures and states", $"region {name}"), ("World map", "map")]
        : [("World table", "region")];
}
