using AttBot.BotFramework.Builder;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Outreach;

namespace AttBot.Host.Places;

/// <summary>
/// Who reads an answer in this turn's place: the asker alone in a 1:1 chat, everyone in the roster otherwise (the rule
/// itself is <see cref="Audience"/>). The roster is read only when the place is shared.
/// </summary>
public sealed class Readers(Rosters rosters, RoleDirectory roles)
{
    public async Task<Viewer> OfTurnAsync(TurnContext turn, Person asker, CancellationToken cancellationToken)
    {
        var place = TeamsPlaces.Of(turn.Activity);
        var viewer = roles.ViewerOf(asker);
        if (!place.IsShared)
            return viewer;
        var members = await rosters.TeamsAsync(turn.Connector, asker.ChannelId, TeamsPlaces.RosterId(turn.Activity), cancellationToken);
        return Audience.ReaderOf(viewer, place, members);
    }

    /// <summary>Who reads a stored Teams conversation now (alerts and digests are rendered when they are sent).</summary>
    public async Task<Viewer> OfStoredAsync(TurnContext turn, string? conversationType, string? userId, CancellationToken cancellationToken)
    {
        var channelId = turn.Activity.ChannelId ?? "";
        var place = TeamsPlaces.OfStored(conversationType);
        var owner = roles.ViewerOf(new Person(channelId, userId ?? "", null, ""));
        if (!place.IsShared)
            return owner;
        var members = await rosters.TeamsAsync(turn.Connector, channelId, TeamsPlaces.RosterId(turn.Activity.Conversation?.Id ?? ""), cancellationToken);
        // The bot is no reader: only the people count.
        return Viewer.Room(channelId, members ?? []);
    }

    /// <summary>Who reads a Slack conversation a notice is posted in: a channel's members, or the person of a direct message.</summary>
    public async Task<Viewer> OfSlackAsync(string conversationId, CancellationToken cancellationToken)
    {
        var members = await rosters.SlackAsync(conversationId, cancellationToken);
        return Viewer.Room(Slack.SlackNoticeChannel.ChannelId, members ?? []);
    }
}
