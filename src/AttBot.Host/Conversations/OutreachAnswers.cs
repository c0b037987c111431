using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>
/// Registering, listing and changing outreach, alerts and the audit trail: each asked of its desk (RegistrationDesk,
/// DuplicationDesk, PeopleDesk, HistoryDesk), and the answer written for everyone who reads the place (<see cref="Audience"/>), not for the asker alone.
/// </summary>
public sealed partial class OutreachAnswers(RegistrationDesk registrations, DuplicationDesk duplications, PeopleDesk people, Secretariat.HistoryDesk history,
    RoleDirectory roles, CountryDirectory directory, StatusAnswers status)
{
    public Reply.RegistrationForm Form(Person person, RegistrationRequest? prefill = null, IReadOnlyList<RegistrationProblem>? problems = null, string? typedText = null) =>
        new(prefill, problems ?? [], typedText, directory.Countries, directory.Regions.Names, people.OrganizationOf(person));

    /// <summary>A line that looks like the person's own earlier registration is not stored: they are asked first.</summary>
    public Task<Reply?> RegisterTextAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        var (request, problems) = RegistrationParser.Parse(text, turn.Language);
        return RegisterAsync(turn, request, problems, text, answerRedelivery: turn.Resumed, cancellationToken, askIfRegisteredBefore: true);
    }

    /// <summary>
    /// Registers; null when this delivery was registered and answered before, unless <paramref name="answerRedelivery"/>
    /// (a turn resumed after a restart, whose answer may never have gone, or a form whose answer is the click's response).
    /// </summary>
    /// <param name="sourceKey">What the registration is stored under when not the turn's own delivery.</param>
    public async Task<Reply?> RegisterAsync(Turn turn, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, string? typedText,
        bool answerRedelivery, CancellationToken cancellationToken, bool askIfRegisteredBefore = false, string? sourceKey = null)
    {
        switch (await registrations.RegisterAsync(turn.Person, request, parseProblems, sourceKey ?? turn.SourceKey, turn.HeadsUpTo, turn.Language, askIfRegisteredBefore))
        {
            case RegisterOutcome.Invalid invalid:
                return Form(turn.Person, invalid.Request, invalid.Problems, typedText);
            case RegisterOutcome.LooksRegistered looks:
                var question = Question(looks, request, typedText, turn.SourceKey);
                // Restricted detail is not shown to a room that may not read it, the earlier registration's nor the new one's
                // (its Register anyway button carries it whole): asked in the 1:1 chat instead.
                var room = await ReaderAsync(turn, cancellationToken);
                return room.CanSeeDetailsOf(looks.Earlier) && room.CanSeeDetailsOf(looks.Planned) ? question : question with { MeantFor = MeantFor.AskerAlone };
            case RegisterOutcome.Registered { Result: var result }:
                if (result.AlreadyProcessed && !answerRedelivery)
                    return null;
                var full = new Reply.Registered(result.Plan, result.Conflicts, turn.Asker);
                var reader = await ReaderAsync(turn, cancellationToken);
                var plans = result.Conflicts.SelectMany(c => new[] { c.Earlier, c.Later }).Append(result.Plan);
                return reader.Members is null || plans.All(reader.CanSeeDetailsOf)
                    ? full
                    : new Reply.Registered(Audience.Redacted(result.Plan, reader), result.Conflicts, reader, Full: full);
            default:
                throw new InvalidOperationException("Unknown registration outcome.");
        }
    }

    /// <summary>"outreach Tonga" for the place's readers; words that name no single state are answered as a status question.</summary>
    public async Task<Reply> OutreachForAsync(Turn turn, string countryText, CancellationToken cancellationToken) => registrations.OutreachFor(countryText) switch
    {
        OutreachLookup.ForCountry found => WithViews(OutreachList(found, await ReaderAsync(turn, cancellationToken)), turn),
        _ => status.ForText(countryText),
    };

    public async Task<Reply> MineAsync(Turn turn, CancellationToken cancellationToken) =>
        WithViews(MineList(registrations.Mine(turn.Person), await ReaderAsync(turn, cancellationToken)), turn);

    private static Reply.OutreachList OutreachList(OutreachLookup.ForCountry found, Viewer reader) => new(found.Country, found.Plans, reader);

    private static Reply.OutreachList MineList(IReadOnlyList<OutreachPlan> plans, Viewer reader) => new(null, plans, reader);

    /// <summary>In a shared place, the readers who may see more get their own view of the same list (where the channel can show one).</summary>
    private static Reply.OutreachList WithViews(Reply.OutreachList list, Turn turn) =>
        list.Reader.Members is null ? list
            : list with { Views = new PersonalViews(turn.CommandText, turn.Person.UserId, Audience.MaySeeMore(turn.Asker, list.Reader, list.Plans).Select(v => v.UserId).ToList()) };

    /// <summary>
    /// A reader's own view of a list posted in a shared place: the same command answered for <paramref name="viewer"/>
    /// alone. Only the read-only lists are shown again; null for anything else.
    /// </summary>
    public Reply.OutreachList? ViewFor(Viewer viewer, string command, string askedBy, string channelId) => CommandParser.Parse(command) switch
    {
        BotCommand.OutreachFor o when registrations.OutreachFor(o.CountryText) is OutreachLookup.ForCountry found => OutreachList(found, viewer),
        BotCommand.Mine => MineList(registrations.Mine(new Person(channelId, askedBy, null, "")), viewer),
        _ => null,
    };

    /// <summary>A visit still to come is cancelled only once the person confirms it (the question's Confirm sends "confirm cancel").</summary>
    public async Task<Reply> CancelAsync(Turn turn, string idText, bool confirmed, CancellationToken cancellationToken) =>
        !confirmed && registrations.StillToCome(turn.Person, idText, OutreachState.Planned) is { } plan
            ? new Reply.ConfirmCancel(plan)
            : await ChangeAsync(turn, registrations.Cancel(turn.Person, idText, turn.Language), ChangeWords.Change.Cancelled, cancellationToken);

    /// <summary>A visit still to come is recorded as done only once the person confirms it, with the findings shown back.</summary>
    public async Task<Reply> DoneAsync(Turn turn, string idText, string findings, bool confirmed, CancellationToken cancellationToken) =>
        !confirmed && findings.Length <= InputLimits.Findings && registrations.StillToCome(turn.Person, idText, OutreachState.Planned) is { } plan
            ? new Reply.ConfirmDone(plan, findings.Trim())
            : await ChangeAsync(turn, registrations.Done(turn.Person, idText, findings, turn.Language), ChangeWords.Change.Done, cancellationToken);

    /// <summary>"Keep it": nothing changes, and the person is told so.</summary>
    public static Reply.Text Keep(Turn turn, string idText) =>
        new(AskBeforeWords.Kept(OutreachPlan.ParseId(idText) is { } id ? OutreachPlan.FormatId(id) : idText, turn.Language));

    public Task<Reply> MoveAsync(Turn turn, string idText, string datesText, CancellationToken cancellationToken)
    {
        var (window, problems) = RegistrationParser.ParseWindow(datesText, turn.Language);
        return window is null
            ? Task.FromResult<Reply>(new Reply.Text(string.Join(" ", problems.Select(p => p.Message))))
            : ChangeAsync(turn, registrations.Move(turn.Person, idText, window, turn.Language), ChangeWords.Change.Moved, cancellationToken);
    }

    /// <summary>
    /// What a change now overlaps, said for everyone who reads the place: a restricted registration the room may not see
    /// is not named (found in the Playground's group chat, where "move" named it to the room in the asker's words).
    /// </summary>
    private async Task<Reply> ChangeAsync(Turn turn, ChangeOutcome outcome, ChangeWords.Change change, CancellationToken cancellationToken) => outcome switch
    {
        ChangeOutcome.Refused refused => new Reply.Text(refused.Reason),
        ChangeOutcome.Changed changed => new Reply.Notice(ChangeWords.Heading(changed.Plan.PublicId, change, turn.Language),
            ChangeSentences.Of(changed, change, await ReaderAsync(turn, cancellationToken), StateName(turn.Language), turn.Language)),
        _ => throw new InvalidOperationException("Unknown change outcome."),
    };

    /// <summary>A state's name in the reader's language (the UN's French and Spanish short names).</summary>
    private Func<string, string> StateName(Domain.Language.Language language) =>
        iso3 => directory.FindByIso3(iso3) is { } country ? PlaceNames.State(country, language) : iso3;

    /// <summary>Alerts on or off; a Secretariat member subscribing a shared place is told whether its alerts will be full or anonymous.</summary>
    public async Task<Reply> SubscribeAsync(Turn turn, bool subscribe, CancellationToken cancellationToken)
    {
        var answer = duplications.Subscribe(turn.Person, turn.ChannelId, turn.ConversationId, subscribe, turn.Language);
        if (!subscribe || !turn.Asker.IsSecretariat)
            return new Reply.Text(answer);
        // Alerts are posted for the whole conversation, even where this answer is seen by the asker alone.
        var where = turn.Place with { SeenOnlyByAsker = false };
        var readers = where.IsShared ? await turn.ReadRoomAsync(cancellationToken) : turn.Asker;
        return new Reply.Text(answer + Audience.AlertDetailNote(where, readers, turn.Language));
    }

    /// <summary>
    /// "Coordinated" or "Not a duplication" clicked on an alert: the settled alert, written for everyone who reads it
    /// where it was posted (it replaces the alert for all of them), or why not, for the clicker.
    /// </summary>
    public async Task<Reply> SettleAsync(Person person, long conflictId, ConflictResolution resolution, Domain.Language.Language language,
        Func<CancellationToken, Task<Viewer>> readersOfTheAlert, CancellationToken cancellationToken) =>
        // A button, not a command: it asks the dispatcher's rule itself.
        Permissions.Refusal(Guarded.Settling, roles.ViewerOf(person), language) is { } notAllowed ? new Reply.Text(notAllowed) : duplications.Settle(person, conflictId, resolution, language) switch
        {
            ({ } settled, _) => new Reply.DuplicationAlert(Audience.Redacted(settled, await readersOfTheAlert(cancellationToken))),
            (_, var refusal) => new Reply.Text(refusal!),
        };

    public Reply History(string subject, Domain.Language.Language language) => history.Of(subject, language) switch
    {
        (_, _, { } refusal) => new Reply.Text(refusal),
        (var about, var entries, _) => new Reply.History(about!, entries),
    };

    /// <summary>Who reads the answer: the asker in a place of their own, everyone in it otherwise.</summary>
    private static Task<Viewer> ReaderAsync(Turn turn, CancellationToken cancellationToken) =>
        turn.Place.IsShared ? turn.ReadRoomAsync(cancellationToken) : Task.FromResult(turn.Asker);

    /// <summary>Shows or sets who the person acts for, and says so.</summary>
    public string OrganizationAnswer(Person person, string? name, Domain.Language.Language language)
    {
        if (name is null)
            return people.OrganizationOf(person) is { } current ? AnswerWords.ActingFor(current, language) : AnswerWords.ActingForUnknown(language);
        if (name.Length > RegistrationRules.MaxOrganizationLength)
            return RegistrationRuleSentences.TooLong(RegistrationRuleSentences.Text.Organization, name.Length, RegistrationRules.MaxOrganizationLength, language);
        people.SetOrganization(person, name);
        return AnswerWords.ActingForNoted(name.Trim(), language);
    }
}
