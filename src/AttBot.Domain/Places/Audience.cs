using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Places;

/// <summary>Where a conversation happens: alone with the bot, a group chat, or a team channel (Slack: a DM or a channel).</summary>
public enum PlaceKind { Personal, GroupChat, Channel }

/// <summary>
/// Where an answer will be read. <paramref name="SeenOnlyByAsker"/>: the answer reaches the asker alone although the
/// place is shared (Slack's ephemeral answers in a channel).
/// </summary>
public sealed record Place(PlaceKind Kind, bool SeenOnlyByAsker = false)
{
    public static readonly Place Personal = new(PlaceKind.Personal);

    /// <summary>True when someone other than the asker reads what the bot posts here.</summary>
    public bool IsShared => Kind != PlaceKind.Personal && !SeenOnlyByAsker;
}

/// <summary>
/// The one rule for who reads an answer. An answer is computed for everyone who will read it, not for the asker alone:
/// in a shared place restricted detail (organizer, organization, notes, partners, findings) is shown only when every
/// member may see it, and Secretariat material is never posted there at all.
/// </summary>
public static class Audience
{
    /// <summary>Teams shows a user-specific view to at most this many people.</summary>
    public const int MaxRefreshViewers = 60;

    /// <summary>
    /// Who the answer must be written for. <paramref name="members"/> is the place's roster, or null when it could not be
    /// read (or came back empty, which a shared place never is): then the room is treated as readers of whom nothing is
    /// known, who see no restricted detail.
    /// </summary>
    public static Viewer ReaderOf(Viewer asker, Place place, IReadOnlyList<Viewer>? members) =>
        !place.IsShared ? asker : Viewer.Room(asker.ChannelId, members is not { Count: > 0 } ? [] : [asker, .. members]);

    /// <summary>
    /// Answers that belong to the Secretariat (and to champions for their regions): history, exports, summaries,
    /// priorities and gaps, roles, status imports; and a person's own calendar subscription link, which opens their
    /// outreach to whoever holds it. Asked in a shared place, they go to the asker's 1:1 chat instead.
    /// </summary>
    public static bool IsPrivateMaterial(BotCommand command) => command is BotCommand.History or BotCommand.Export or BotCommand.Summary
        or BotCommand.Priority or BotCommand.Priorities or BotCommand.Intention or BotCommand.Gaps
        or BotCommand.ListRoles or BotCommand.Grant or BotCommand.Revoke or BotCommand.ImportStatus or BotCommand.DecideImport
        or BotCommand.CalendarFeed;

    /// <summary>
    /// The members who may be shown more than the room: the asker first, then the Secretariat, champions and anyone else
    /// who may see more than the room sees of <paramref name="plans"/>; at most <see cref="MaxRefreshViewers"/>.
    /// </summary>
    public static IReadOnlyList<Viewer> MaySeeMore(Viewer asker, Viewer room, IReadOnlyList<OutreachPlan> plans)
    {
        var hidden = plans.Where(p => !room.CanSeeDetailsOf(p)).ToList();
        if (hidden.Count == 0)
            return [];
        IEnumerable<Viewer> people = [asker, .. room.Members ?? []];
        return people.DistinctBy(v => (v.ChannelId, v.UserId))
            .Where(v => hidden.Any(v.CanSeeDetailsOf))
            .Take(MaxRefreshViewers).ToList();
    }

    /// <summary>Who a redacted record names instead of its organizer.</summary>
    public const string AnotherStakeholder = "another stakeholder";

    /// <summary>
    /// The plan as <paramref name="reader"/> may read it: whole, or without its organizer, organization, partners, notes
    /// and findings. Every card can then show what it is given: it cannot show what is not there.
    /// </summary>
    public static OutreachPlan Redacted(OutreachPlan plan, Viewer reader) => reader.CanSeeDetailsOf(plan)
        ? plan
        : plan with
        {
            // An id no person has, so that nobody reads as its organizer.
            Organizer = new Organizer("", "", AnotherStakeholder),
            Organization = "restricted",
            Partners = null,
            Notes = null,
            Outcome = null,
        };

    public static RecordedConflict Redacted(RecordedConflict conflict, Viewer reader) => conflict with
    {
        Conflict = conflict.Conflict with { Earlier = Redacted(conflict.Conflict.Earlier, reader), Later = Redacted(conflict.Conflict.Later, reader) },
    };

    public static Reports.Digest Redacted(Reports.Digest digest, Viewer reader) => digest with
    {
        NewRegistrations = [.. digest.NewRegistrations.Select(p => Redacted(p, reader))],
        OpenConflicts = [.. digest.OpenConflicts.Select(c => Redacted(c, reader))],
        Upcoming = [.. digest.Upcoming.Select(p => Redacted(p, reader))],
        OverdueOutcomes = [.. digest.OverdueOutcomes.Select(p => Redacted(p, reader))],
    };

    /// <summary>Conflict alerts in a place show both registrations whole only when every member is in the Secretariat.</summary>
    public static bool ReceivesFullAlerts(Place place, Viewer reader) => reader.IsSecretariat;

    /// <summary>What a Secretariat member is told when subscribing a place to alerts: how much those alerts will show.</summary>
    public static string AlertDetailNote(Place place, Viewer reader, Language.Language language = Language.Language.English) => !place.IsShared
        ? ""
        : " " + Language.AnswerWords.AlertDetail(ReceivesFullAlerts(place, reader), language);
}
