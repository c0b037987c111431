using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// Outreach registrations, the same for every channel: register (or preview) a plan, move, cancel or record it as done,
/// and look up a person's or a state's. Applies the registration rules and who may change a registration (its organizer
/// or the Secretariat: a rule on the registration's data), and returns outcomes that the channel renders.
/// </summary>
public sealed class RegistrationDesk(
    OutreachStore plans,
    PeopleDesk people,
    PlannedOutreachFigures figures,
    CountryDirectory directory,
    RoleDirectory roles,
    IOptions<OutreachOptions> options,
    TimeProvider time,
    OutboxSignal outbox,
    Operations.AttBotMetrics metrics)
{
    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

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
        people.SetOrganization(person, plan.Organization);
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
        var organization = string.IsNullOrWhiteSpace(request.Organization) ? people.OrganizationOf(person) : request.Organization.Trim();
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
        OutreachPlan.ParseId(idText) is { } id && plans.Find(id) is { } plan && plan.State == state && plan.Window.Start > Today && roles.ViewerOf(person).CanChange(plan)
            ? plan : null;

    /// <summary>The change's outcome; the notices written with it (heads-ups' alerts, change notices) are sent now, not at the next poll.</summary>
    private ChangeOutcome Told(ChangeResult result)
    {
        // Also when no duplication is concerned: the organizer of a plan the Secretariat changed is told.
        outbox.Notify();
        return new ChangeOutcome.Changed(result.Plan, result.Conflicts) { Overlaps = result.Overlaps, OrganizersTold = result.OrganizersTold };
    }

    /// <summary>Finds the plan and checks that the person may change it, and that it is in a state that allows the change.</summary>
    private ChangeOutcome Change(Person person, string idText, OutreachState? requiredState, Domain.Language.Language language, Func<OutreachPlan, ChangeOutcome> change)
    {
        if (OutreachPlan.ParseId(idText) is not { } id)
            return new ChangeOutcome.Refused(ChangeWords.NotAnId(Shorten(idText), language));
        var plan = plans.Find(id);
        if (plan is null)
            return new ChangeOutcome.Refused(ChangeWords.NoSuchRegistration(OutreachPlan.FormatId(id), language));
        if (!roles.ViewerOf(person).CanChange(plan))
            return new ChangeOutcome.Refused(ChangeWords.OnlyOrganizerOrSecretariat(plan.PublicId, language));
        if (requiredState is { } state && plan.State != state)
            return new ChangeOutcome.Refused(ChangeWords.Already(plan.PublicId, plan.State, language));
        return Changed(change(plan));
    }

    /// <summary>Any registration changed: the status cards' figures may be wrong now.</summary>
    private T Changed<T>(T outcome)
    {
        figures.PlansChanged();
        return outcome;
    }

    public OutreachPlan? FindPlan(long id) => plans.Find(id);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
