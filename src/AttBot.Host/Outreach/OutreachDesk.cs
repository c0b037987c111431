using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Host.Memory;
using Microsoft.Extensions.Options;
using AttBot.Domain.Language;

namespace AttBot.Host.Outreach;

/// <summary>
/// Outreach registration and look-ups, the same for every channel: takes what a person asked, applies the rules and
/// the roles, and returns outcomes that the channel renders (Teams cards, Slack blocks).
/// </summary>
public sealed class OutreachDesk(
    OutreachStore plans,
    ProfileStore profiles,
    AlertStore alerts,
    AuditStore audit,
    CountryDirectory directory,
    RoleDirectory roles,
    IOptions<OutreachOptions> options,
    TimeProvider time,
    OutboxSignal outbox,
    Operations.AttBotMetrics metrics)
{
    // Per process, so that a status question costs no database round trip: what each person was last seen as, and
    // the planned-outreach figures per state for today (dropped whenever any registration changes).
    private readonly RecentMemory<(string, string), (string Name, string? Personal, string? Locale)> _seen = new(RememberedPeople);
    private readonly ConcurrentDictionary<(string Iso3, DateOnly Day), PlannedOutreach> _summaries = new();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public Viewer ViewerOf(Person person) => roles.ViewerOf(person);

    // Who each person acts for, as last read or written: a registration then needs no profile round trip.
    private readonly RecentMemory<(string, string), string?> _organizations = new(RememberedPeople);

    /// <summary>People whose name and organization are kept at hand: beyond it, the least recent are read or written again.</summary>
    public const int RememberedPeople = 50_000;

    public string? OrganizationOf(Person person)
    {
        var key = (person.ChannelId, person.UserId);
        if (_organizations.TryGetValue(key, out var organization))
            return organization;
        organization = profiles.Find(person.ChannelId, person.UserId)?.Organization;
        _organizations.Set(key, organization);
        return organization;
    }

    /// <summary>Remembers who the person is and, when they write 1:1, where to send them heads-ups.</summary>
    public void Seen(Person person, string? personalConversationId)
    {
        var key = (person.ChannelId, person.UserId);
        var locale = string.IsNullOrWhiteSpace(person.Locale) ? null : person.Locale.Trim();
        if (_seen.TryGetValue(key, out var known) && known.Name == person.DisplayName && (personalConversationId is null || known.Personal == personalConversationId)
            && (locale is null || known.Locale == locale))
            return;
        var remembered = (person.DisplayName, personalConversationId ?? known.Personal, locale ?? known.Locale);
        _seen.Set(key, remembered);
        // Not awaited: nothing in this turn reads it back outside the store writer, which commits it before any
        // registration queued after it. When the write fails, the next message writes it again.
        profiles.SeenAsync(person.ChannelId, person.UserId, person.DisplayName, personalConversationId, locale)
            .ContinueWith(_ => _seen.Forget(key, remembered), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    public void SetOrganization(Person person, string organization)
    {
        organization = organization.Trim();
        if (OrganizationOf(person) == organization)
            return;
        profiles.SetOrganization(person.ChannelId, person.UserId, person.DisplayName, organization);
        _organizations.Set((person.ChannelId, person.UserId), organization);
    }

    /// <param name="sourceKey">The channel's id of the activity that asked: the same activity never registers twice.</param>
    /// <param name="language">The language the asker reads the rules' problems in.</param>
    /// <param name="askIfRegisteredBefore">Store nothing, and say so, when it looks like the person's own earlier registration.</param>
    public async Task<RegisterOutcome> RegisterAsync(Person person, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, string sourceKey,
        string? conversationId, Domain.Language.Language language = Domain.Language.Language.English, bool askIfRegisteredBefore = false)
    {
        (var plan, request, var problems) = Checked(person, request, parseProblems, language);
        if (plan is null)
            return new RegisterOutcome.Invalid(request, problems);
        // A delivery already registered (a redelivery, a resumed turn) is answered as registered, never asked about again:
        // the store looks for the delivery first, then for the person's own earlier registration.
        var registration = new NewRegistration(plan, sourceKey, conversationId)
        {
            Champions = roles.ChampionsOf(plan.Countries), AskIfRegisteredBefore = askIfRegisteredBefore,
        };
        var result = await plans.RegisterAsync(registration, options.Value.ConflictWindowDays);
        if (result.RegisteredBefore is { } twice)
            return new RegisterOutcome.LooksRegistered(plan, twice.OtherThan(plan), twice.SharedCountries);
        SetOrganization(person, plan.Organization);
        // Heads-ups, alerts and champions' notes were written in the registration's transaction: send them now, not at the next poll.
        if (!result.AlreadyProcessed && (result.Conflicts.Count > 0 || registration.Champions.Count > 0))
            outbox.Notify();
        if (!result.AlreadyProcessed)
            metrics.ConflictsRaised(result.Conflicts.Count);
        return Changed(new RegisterOutcome.Registered(result));
    }

    /// <summary>What <paramref name="request"/> would register, checked and resolved as registering does, and not stored; null when it has problems.</summary>
    public OutreachPlan? Preview(Person person, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, Domain.Language.Language language) =>
        Checked(person, request, parseProblems, language).Plan;

    /// <summary>The request with the remembered organization filled in, checked, and the plan it makes when it has no problems.</summary>
    private (OutreachPlan? Plan, RegistrationRequest Request, List<RegistrationProblem> Problems) Checked(Person person, RegistrationRequest request,
        IReadOnlyList<RegistrationProblem> parseProblems, Domain.Language.Language language)
    {
        var organization = string.IsNullOrWhiteSpace(request.Organization) ? OrganizationOf(person) : request.Organization.Trim();
        request = request with { Organization = organization };

        var problems = new List<RegistrationProblem>(parseProblems);
        problems.AddRange(RegistrationRules.Check(request, Today, language).Where(p => !problems.Any(q => q.Field == p.Field)));
        var (countries, region) = ResolveTargets(request, problems, language);
        if (problems.Count > 0)
            return (null, request, problems);

        return (new OutreachPlan
        {
            Organizer = person.AsOrganizer,
            Organization = organization!,
            Countries = countries,
            Region = region,
            Kind = request.Kind!.Value,
            Window = new DateWindow(request.Start!.Value, request.End),
            Topics = request.Topics,
            Partners = Blank(request.Partners),
            Visibility = request.Restricted ? Visibility.Restricted : Visibility.Shared,
            Notes = Blank(request.Notes),
        }, request, problems);
    }

    /// <summary>Resolves the named states, or expands the region to its non-parties; adds a problem for each name it cannot place.</summary>
    private (IReadOnlyList<string> Countries, string? Region) ResolveTargets(RegistrationRequest request, List<RegistrationProblem> problems, Domain.Language.Language language)
    {
        var iso3 = new List<string>();
        if (request.CountryNames.Count > RegistrationRules.MaxCountries)
            return ([], null); // already refused by the count: no name is looked up
        foreach (var name in request.CountryNames)
        {
            switch (directory.Resolve(name))
            {
                case CountryResolution.Found found:
                    iso3.Add(found.Country.Iso3);
                    break;
                case var other:
                    problems.Add(new(RegistrationFields.Countries, ResolutionWords.Problem(other, language)));
                    break;
            }
        }

        string? regionName = null;
        if (!string.IsNullOrWhiteSpace(request.RegionName))
        {
            var region = directory.Regions.Find(request.RegionName);
            if (region is null)
                problems.Add(new(RegistrationFields.Region, RoleWords.UnknownRegion(Shorten(request.RegionName.Trim()), ListWords.Or([.. directory.Regions.Suggest(request.RegionName).Select(r => PlaceNames.Region(r, language))], language), language)));
            else if (region.Countries.All(c => c.Status == TreatyStatus.Party))
                problems.Add(new(RegistrationFields.Region, RegistrationRuleSentences.RegionAllParties(PlaceNames.Region(region.Name, language), language)));
            else
            {
                regionName = region.Name;
                iso3.AddRange(region.Countries.Where(c => c.Status != TreatyStatus.Party).Select(c => c.Iso3));
            }
        }
        return (iso3.Distinct().ToList(), regionName);
    }

    public OutreachLookup OutreachFor(string countryText) => directory.Resolve(countryText) switch
    {
        CountryResolution.Found found => new OutreachLookup.ForCountry(found.Country,
            plans.ForCountry(found.Country.Iso3, Today.AddDays(-options.Value.RecentDays), Today.AddYears(5))),
        var other => new OutreachLookup.NotACountry(other),
    };

    public IReadOnlyList<OutreachPlan> Mine(Person person) => plans.ByOrganizer(person.ChannelId, person.UserId);

    public ChangeOutcome Cancel(Person person, string idText, Domain.Language.Language language = Domain.Language.Language.English) =>
        Change(person, idText, OutreachState.Planned, language, plan => Told(plans.ChangeState(plan.Id, OutreachState.Cancelled, null, person.AsOrganizer, options.Value.ConflictWindowDays, roles.ChampionsOf)!));

    public ChangeOutcome Done(Person person, string idText, string findings, Domain.Language.Language language = Domain.Language.Language.English)
    {
        if (findings.Length > InputLimits.Findings)
            return new ChangeOutcome.Refused(ChangeWords.FindingsTooLong(findings.Length, InputLimits.Findings, language));
        return Change(person, idText, null, language, plan => plan.State == OutreachState.Cancelled
            ? new ChangeOutcome.Refused(ChangeWords.WasCancelled(plan.PublicId, language))
            : Told(plans.ChangeState(plan.Id, OutreachState.Done, findings.Trim(), person.AsOrganizer, options.Value.ConflictWindowDays, roles.ChampionsOf)!));
    }

    public ChangeOutcome Move(Person person, string idText, DateWindow window, Domain.Language.Language language = Domain.Language.Language.English)
    {
        var problems = RegistrationRules.CheckWindow(window, Today, language: language);
        if (problems.Count > 0)
            return new ChangeOutcome.Refused(string.Join(" ", problems.Select(p => p.Message)));
        return Change(person, idText, OutreachState.Planned, language, plan =>
        {
            var moved = plans.Move(plan.Id, window, options.Value.ConflictWindowDays, person.AsOrganizer, roles.ChampionsOf)!;
            metrics.ConflictsRaised(moved.Overlaps.Count(o => o.Entered));
            return Told(moved);
        });
    }

    /// <summary>
    /// The plan, when the person may change it, it is <paramref name="state"/> and it has not started yet: what is asked
    /// about before it is cancelled or recorded as done. Null otherwise (the change itself then answers or refuses).
    /// </summary>
    public OutreachPlan? StillToCome(Person person, string idText, OutreachState state) =>
        OutreachPlan.ParseId(idText) is { } id && plans.Find(id) is { } plan && plan.State == state && plan.Window.Start > Today && ViewerOf(person).CanChange(plan)
            ? plan : null;

    /// <summary>The change's outcome; the notices written with it (heads-ups' alerts, change notices) are sent now, not at the next poll.</summary>
    private ChangeOutcome Told(ChangeResult result)
    {
        // Also when no duplication is concerned: the organizer of a plan the Secretariat changed is told.
        outbox.Notify();
        return new ChangeOutcome.Changed(result.Plan, result.Conflicts) { Overlaps = result.Overlaps, OrganizersTold = result.OrganizersTold };
    }

    /// <summary>A change told to those concerned, as it reads now (the outbox loads it when it delivers it).</summary>
    public OutreachChange? FindChange(long changeId) => plans.FindChange(changeId, options.Value.ConflictWindowDays);

    /// <summary>Finds the plan and checks that the person may change it, and that it is in a state that allows the change.</summary>
    private ChangeOutcome Change(Person person, string idText, OutreachState? requiredState, Domain.Language.Language language, Func<OutreachPlan, ChangeOutcome> change)
    {
        if (OutreachPlan.ParseId(idText) is not { } id)
            return new ChangeOutcome.Refused(ChangeWords.NotAnId(Shorten(idText), language));
        var plan = plans.Find(id);
        if (plan is null)
            return new ChangeOutcome.Refused(ChangeWords.NoSuchRegistration(OutreachPlan.FormatId(id), language));
        if (!ViewerOf(person).CanChange(plan))
            return new ChangeOutcome.Refused(ChangeWords.OnlyOrganizerOrSecretariat(plan.PublicId, language));
        if (requiredState is { } state && plan.State != state)
            return new ChangeOutcome.Refused(ChangeWords.Already(plan.PublicId, plan.State, language));
        return Changed(change(plan));
    }

    /// <summary>Live outreach reaching the state in the next days (Outreach:StatusLookaheadDays) and after them: counts only, never who.</summary>
    public PlannedOutreach PlannedSummary(string iso3) => _summaries.GetOrAdd((iso3, Today), key =>
    {
        var days = options.Value.StatusLookaheadDays;
        var horizon = key.Day.AddDays(days);
        var (count, next) = plans.PlannedSummary(key.Iso3, key.Day, horizon);
        var (later, firstLater) = plans.PlannedSummary(key.Iso3, horizon.AddDays(1), DateOnly.MaxValue, startingFrom: true);
        return new PlannedOutreach(count, next, days, later, firstLater);
    });

    /// <summary>Another instance changed registrations: the figures kept here may be wrong now.</summary>
    public void PlansChanged() => _summaries.Clear();

    /// <summary>
    /// A profile changed, maybe on another instance (or, with no person, changes may have been missed): its organization
    /// is read again. What a person was last seen as stays: it only spares a write, and forgetting it on this instance's
    /// own notifications would make every message write the profile again.
    /// </summary>
    public void ProfileChanged((string ChannelId, string UserId)? person)
    {
        if (person is { } key)
            _organizations.Forget(key);
        else
            _organizations.Clear();
    }

    /// <summary>Any registration changed: the cached figures may be wrong now.</summary>
    private T Changed<T>(T outcome)
    {
        _summaries.Clear();
        return outcome;
    }

    // Who may subscribe, settle or read history is decided before the desk is asked (Domain/Commands/Permissions.cs).
    public string? Subscribe(Person person, string channelId, string conversationId, bool subscribe, Domain.Language.Language language = Domain.Language.Language.English)
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
    public (RecordedConflict? Conflict, string? Refusal) Settle(Person person, long conflictId, ConflictResolution resolution, Domain.Language.Language language)
    {
        var settled = alerts.Resolve(conflictId, resolution, person.AsActor);
        return settled is null ? (null, AlertWords.NoLongerExists(language)) : (settled, null);
    }

    /// <summary>The Secretariat's open conflicts (at most <paramref name="max"/>, and the whole count); null for anyone else.</summary>
    public (IReadOnlyList<RecordedConflict> Conflicts, int Total)? OpenConflicts(Person person, int max) =>
        ViewerOf(person).IsSecretariat ? alerts.OpenConflicts(max) : null;

    public IReadOnlyDictionary<long, RecordedConflict> FindConflicts(IReadOnlyCollection<long> conflictIds) => alerts.FindConflicts(conflictIds);

    public OutreachPlan? FindPlan(long id) => plans.Find(id);

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

    /// <summary>
    /// "history OR-0042" or "history Tonga" (Secretariat only): every recorded change with who, when, through which
    /// channel, before and after. Returns what the history is of (the registration's id, or the state's ISO3 code, which
    /// the reader's cards name in their language) and the entries, or the reason it is refused.
    /// </summary>
    public (string? Subject, IReadOnlyList<AuditEntry> Entries, string? Refusal) History(Person person, string text, Domain.Language.Language language)
    {
        var trimmed = text.Trim();
        if (OutreachPlan.ParseId(trimmed) is { } id && (trimmed.StartsWith("OR", StringComparison.OrdinalIgnoreCase) || trimmed.All(char.IsDigit)))
        {
            var publicId = OutreachPlan.FormatId(id);
            return (publicId, audit.ForSubject(AuditStore.Outreach, publicId), null);
        }
        return directory.Resolve(text) is CountryResolution.Found found
            ? (found.Country.Iso3, audit.ForCountry(found.Country.Iso3), null)
            : (null, [], AuditWords.NeitherIdNorState(Shorten(text.Trim()), language));
    }

    public string CountryName(string iso3) => directory.FindByIso3(iso3)?.Name ?? iso3;

    /// <summary>States' names in <paramref name="language"/> (the UN's French and Spanish short names).</summary>
    public Func<string, string> CountryNameIn(Domain.Language.Language language) => language == Domain.Language.Language.English
        ? CountryName
        : iso3 => directory.FindByIso3(iso3) is { } country ? PlaceNames.State(country, language) : iso3;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
