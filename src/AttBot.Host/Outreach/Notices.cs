using AttBot.Cards.Replies;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Domain.Reports;

namespace AttBot.Host.Outreach;

/// <summary>What an outbox message says, loaded when it is delivered; each channel lays out its <see cref="ReplyFor"/>.</summary>
public abstract record Notice
{
    /// <summary>
    /// Alerts, change alerts and digests go to a subscribed conversation and are written for whoever is in it when they
    /// are sent, so a member who joined since the subscription makes them anonymous from then on; the rest are told to one person.
    /// </summary>
    public static bool ForConversation(OutboxMessage message) => message.Kind is NoticeKind.Alert or NoticeKind.Digest or NoticeKind.ChangeAlert;

    /// <summary>The reply both channels lay out: written for <paramref name="readers"/> (see <see cref="ForConversation"/>), told to <paramref name="recipient"/>.</summary>
    public Reply ReplyFor(OutboxMessage message, Viewer recipient, Viewer readers) => this switch
    {
        OfConflict alert when message.Kind == NoticeKind.Alert => new Reply.DuplicationAlert(Audience.Redacted(alert.Conflict, readers)),
        OfConflict headsUp => new Reply.HeadsUp(headsUp.Conflict.Conflict, recipient, headsUp.Also),
        OfChange change => new Reply.ChangeNotice(change.Change, readers),
        ForChampion note => new Reply.ChampionNote(note.Plan, recipient),
        WeeklyDigest digest => new Reply.WeeklyDigest(Audience.Redacted(digest.Digest, readers)),
        FindingsReminder reminder => new Reply.FindingsReminder(reminder.Plan),
        _ => throw new InvalidOperationException("Unknown notice."),
    };

    /// <summary>The recipient's language: the person's for what is told to them, the conversation's for alerts and digests.</summary>
    public Domain.Language.Language Language { get; init; }

    /// <summary>
    /// A heads-up to the other organizer, or an alert to a subscribed conversation. A heads-up also names the
    /// recipient's other plans the same registration may duplicate (<see cref="Also"/>): one heads-up per person.
    /// </summary>
    public sealed record OfConflict(RecordedConflict Conflict) : Notice
    {
        public IReadOnlyList<Conflict> Also { get; init; } = [];
    }

    /// <summary>A new registration reaching a state of the champion's regions.</summary>
    public sealed record ForChampion(OutreachPlan Plan) : Notice;

    /// <summary>The Secretariat's weekly digest.</summary>
    public sealed record WeeklyDigest(Digest Digest) : Notice;

    /// <summary>A registration in a possible duplication was moved or cancelled: told to the other organizers, champions and the Secretariat.</summary>
    public sealed record OfChange(OutreachChange Change) : Notice;

    /// <summary>The organizer's outreach ended a few days ago: what did they find?</summary>
    public sealed record FindingsReminder(OutreachPlan Plan) : Notice;
}
