using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Conversations;
using AttBot.Host.Outreach;
using AttBot.Host.Places;

namespace AttBot.Host.Slack;

/// <summary>
/// A Slack request as the dispatcher reads it. Answers in a channel are ephemeral (only the asker sees them), so a
/// channel is a shared place whose answers are seen by the asker alone; a direct message (D…) is the person's own.
/// </summary>
public sealed class SlackTurn(Person person, Viewer asker, Domain.Language.Language language, string conversationId, string sourceKey, bool resumed,
    string commandText, Readers readers)
    : Turn(person, PlaceOf(conversationId, person), asker, language, conversationId, resumed)
{
    public override string SourceKey => sourceKey;

    /// <summary>The person's user id: chat.postMessage turns it into their direct message with the app, private wherever they asked.</summary>
    public override string? HeadsUpTo => Person.UserId;

    public override string CommandText => commandText;

    public override Task<Viewer> ReadRoomAsync(CancellationToken cancellationToken) => Place.Kind == PlaceKind.Personal
        ? Task.FromResult(Asker)
        : readers.OfSlackAsync(ConversationId, cancellationToken);

    // Direct messages (D…) are the person's own; channels (C…) and group conversations (G…) are read by their members.
    private static readonly Place Ephemeral = new(PlaceKind.Channel, SeenOnlyByAsker: true);

    private static Place PlaceOf(string conversationId, Person person) =>
        conversationId.StartsWith('D') || conversationId == person.UserId ? Place.Personal : Ephemeral;
}
