using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>
/// One question to the bot, told the same way by every channel (TeamsTurn, SlackTurn): who asks, where
/// (<see cref="Place"/>: read by them alone, or by others too), with which rights (<see cref="Asker"/>), in which
/// language they read, and the command read from it, once (the inbox's journaling decision read the same).
/// <see cref="Resumed"/>: a restart runs it again from the durable inbox, and its answer may never have gone.
/// </summary>
/// <remarks>
/// A class, not a record of delegates: what is dear to find out (the roster, the delivery's key, an attached file) is
/// read only by the answers that need it, so the status answer, the busiest, costs one object here.
/// </remarks>
public abstract class Turn(Person person, Place place, Viewer asker, Domain.Language.Language language, string conversationId, bool resumed)
{
    public Person Person { get; } = person;
    public Place Place { get; } = place;
    public Viewer Asker { get; } = asker;
    public Domain.Language.Language Language { get; } = language;

    /// <summary>The conversation the question was asked in (alerts subscribed here are posted here).</summary>
    public string ConversationId { get; } = conversationId;

    public bool Resumed { get; } = resumed;

    /// <summary>The channel's name for where alerts and notices for this conversation go ("msteams", "slack").</summary>
    public string ChannelId => Person.ChannelId;

    /// <summary>The delivery's identity: the same message delivered again has the same key, and registers once.</summary>
    public abstract string SourceKey { get; }

    /// <summary>
    /// Where the asker's heads-ups about a registration made in this turn go: this conversation on Teams; on Slack their
    /// user id, which chat.postMessage turns into their direct message with the app (private wherever they asked).
    /// </summary>
    public abstract string? HeadsUpTo { get; }

    /// <summary>The text the command was read from, as a card's personal views ask it again.</summary>
    public abstract string CommandText { get; }

    /// <summary>A status table sent as a file with the message (Teams), for "import status".</summary>
    public virtual (string Name, Uri Url)? File => null;

    /// <summary>Everyone who reads this conversation (its roster); in a place of the asker's own, the asker.</summary>
    public abstract Task<Viewer> ReadRoomAsync(CancellationToken cancellationToken);
}
