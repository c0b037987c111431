using System.Text.Json.Nodes;
using AttBot.Domain.Language;

namespace AttBot.Cards;

/// <summary>
/// Teams' user-specific views (Universal Actions): a card posted in a shared place carries a refresh whose
/// <c>userIds</c> are the readers who may see more than the room; their Teams client asks the bot for their own view,
/// everyone else keeps the card as posted.
/// </summary>
public static class ViewRefresh
{
    /// <summary>Teams honours at most this many user ids.</summary>
    public const int MaxUserIds = 60;

    /// <summary>The card with a refresh for these viewers (at most <see cref="MaxUserIds"/>); unchanged when there are none.</summary>
    public static JsonObject Add(JsonObject card, string command, string askedBy, IEnumerable<string> userIds, Language language = Language.English)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).Take(MaxUserIds).ToArray();
        if (ids.Length == 0)
            return card;
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = OutreachListWords.ShowMyView(language),
                ["verb"] = CardData.ViewVerb,
                ["data"] = new JsonObject { [CardData.View] = command, [CardData.AskedBy] = askedBy },
            },
            ["userIds"] = new JsonArray(ids.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray()),
        };
        return card;
    }
}
