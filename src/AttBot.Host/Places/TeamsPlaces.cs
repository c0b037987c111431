using AttBot.BotFramework.Schema;
using AttBot.Domain.Places;

namespace AttBot.Host.Places;

/// <summary>Where a Teams (Bot Framework) activity was written, and whose roster says who reads it.</summary>
public static class TeamsPlaces
{
    public static Place Of(Activity activity) => activity.Conversation?.ConversationType switch
    {
        "personal" => Place.Personal,
        "groupChat" => new Place(PlaceKind.GroupChat),
        "channel" => new Place(PlaceKind.Channel),
        // Other Bot Framework channels (Web Chat, the Emulator) say only whether the conversation is a group.
        _ => activity.Conversation?.IsGroup == true ? new Place(PlaceKind.GroupChat) : Place.Personal,
    };

    /// <summary>
    /// The conversation whose members read the answer: for a team channel the team (everyone in it can open the
    /// channel), otherwise the conversation itself, without the thread's ";messageid=" suffix.
    /// </summary>
    public static string RosterId(Activity activity) =>
        activity.ChannelData?["team"]?["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? activity.ChannelData["team"]!["id"]!.GetValue<string>()
            : RosterId(activity.Conversation?.Id ?? "");

    public static string RosterId(string conversationId) =>
        conversationId.IndexOf(";messageid=", StringComparison.Ordinal) is var cut and >= 0 ? conversationId[..cut] : conversationId;

    /// <summary>The place of a stored conversation, from the type recorded with it.</summary>
    public static Place OfStored(string? conversationType) => conversationType switch
    {
        "personal" or null => Place.Personal,
        "groupChat" => new Place(PlaceKind.GroupChat),
        _ => new Place(PlaceKind.Channel),
    };
}
