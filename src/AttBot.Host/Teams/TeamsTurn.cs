using AttBot.BotFramework.Builder;
using AttBot.Domain.Outreach;
using AttBot.Host.Conversations;
using AttBot.Host.Outreach;
using AttBot.Host.Places;
using AttBot.Host.Status;

namespace AttBot.Host.Teams;

/// <summary>A Teams (Bot Framework) message as the dispatcher reads it: its place, its roster and its delivery's key, from the activity.</summary>
public sealed class TeamsTurn(TurnContext context, Person person, Viewer asker, Domain.Language.Language language, string commandText, Readers readers)
    : Turn(person, TeamsPlaces.Of(context.Activity), asker, language, context.Activity.Conversation?.Id ?? "", context.Replayed)
{
    private string? _sourceKey;

    /// <summary>The channel's identity of this activity: the same activity redelivered has the same key.</summary>
    public override string SourceKey => _sourceKey ??= SourceKeyOf(context.Activity);

    public override string? HeadsUpTo => context.Activity.Conversation?.Id;

    public override string CommandText => commandText;

    public override (string Name, Uri Url)? File => StatusFiles.FindFile(context.Activity);

    public override Task<Viewer> ReadRoomAsync(CancellationToken cancellationToken) => readers.OfTurnAsync(context, Person, cancellationToken);

    public static string SourceKeyOf(BotFramework.Schema.Activity activity) =>
        $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id ?? Guid.NewGuid().ToString("N")}";
}
