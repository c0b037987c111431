using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// Possible duplications, the same for every channel: the Secretariat's alert subscriptions, settling a possible
/// duplication, the open ones, and what the outbox reads to tell those concerned. Who may subscribe or settle is decided
/// before this desk is asked (<see cref="Permissions"/>).
/// </summary>
public sealed class DuplicationDesk(OutreachStore plans, AlertStore alerts, RoleDirectory roles, IOptions<OutreachOptions> options)
{
    /// <summary>Alerts of possible duplications (and the weekly digest) on or off in this conversation.</summary>
    public string Subscribe(Person person, string channelId, string conversationId, bool subscribe, Domain.Language.Language language = Domain.Language.Language.English)
    {
        var changed = subscribe ? alerts.Subscribe(channelId, conversationId, person.AsActor) : alerts.Unsubscribe(channelId, conversationId, person.AsActor);
        return AnswerWords.AlertsNow((subscribe, changed) switch
        {
            (true, true) => AnswerWords.Alerts.On,
            (true, false) => AnswerWords.Alerts.AlreadyOn,
            (false, true) => AnswerWords.Alerts.Off,
            _ => AnswerWords.Alerts.AlreadyOff,
        }, language);
    }

    /// <summary>The Secretariat marks a conflict coordinated or not a conflict. Null with a reason when it no longer exists.</summary>
    public (RecordedConflict? Conflict, string? Problem) Settle(Person person, long conflictId, ConflictResolution resolution, Domain.Language.Language language)
    {
        var settled = alerts.Resolve(conflictId, resolution, person.AsActor);
        return settled is null ? (null, AlertWords.NoLongerExists(language)) : (settled, null);
    }

    /// <summary>The Secretariat's open conflicts (at most <paramref name="max"/>, and the whole count); null for anyone else (a Slack Home shows them or not).</summary>
    public (IReadOnlyList<RecordedConflict> Conflicts, int Total)? OpenConflicts(Person person, int max) =>
        Permissions.Allows(Permissions.Who(Guarded.Settling), roles.ViewerOf(person)) ? alerts.OpenConflicts(max) : null;

    public IReadOnlyDictionary<long, RecordedConflict> FindConflicts(IReadOnlyCollection<long> conflictIds) => alerts.FindConflicts(conflictIds);

    /// <summary>
    /// The person's other live plans that the registration on the far side of <paramref name="conflict"/> may also
    /// duplicate: their one heads-up names them all.
    /// </summary>
    public IReadOnlyList<Conflict> AlsoDuplicating(Conflict conflict, string channelId, string userId)
    {
        var recipient = new Organizer(channelId, userId, "");
        var mine = conflict.Later.Organizer.IsSamePerson(recipient) && !conflict.Earlier.Organizer.IsSamePerson(recipient) ? conflict.Later : conflict.Earlier;
        var other = conflict.OtherThan(mine);
        return plans.ConflictsOf(other.Id)
            .Where(c => c.Kind == ConflictKind.PossibleDuplication && c.OtherThan(other) is var theirs
                && theirs.Id != mine.Id && theirs.IsLive && theirs.Organizer.IsSamePerson(recipient))
            .ToList();
    }

    /// <summary>A change told to those concerned, as it reads now (the outbox loads it when it delivers it).</summary>
    public OutreachChange? FindChange(long changeId) => plans.FindChange(changeId, options.Value.ConflictWindowDays);
}
