using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Host.Outreach;

/// <summary>What an outbox message says, loaded when it is delivered; each channel renders it in its own idiom.</summary>
public abstract record Notice
{
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
