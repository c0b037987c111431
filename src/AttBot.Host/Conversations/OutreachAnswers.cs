using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Places;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>
/// Registering, listing and changing outreach, alerts and the audit trail: each asked of the OutreachDesk, and the
/// answer written for everyone who reads the place (<see cref="Audience"/>), not for the asker alone.
/// </summary>
public sealed class OutreachAnswers(OutreachDesk desk, CountryDirectory directory, StatusAnswers status)
{
    public Reply.RegistrationForm Form(Person person, RegistrationRequest? prefill = null, IReadOnlyList<RegistrationProblem>? problems = null, string? typedText = null) =>
        new(prefill, problems ?? [], typedText, directory.Countries, directory.Regions.Names, desk.OrganizationOf(person));

    /// <summary>A line that looks like the person's own earlier registration is not stored: they are asked first.</summary>
    public Task<Reply?> RegisterTextAsync(Turn turn, string text, CancellationToken cancellationToken)
    {
        var (request, problems) = RegistrationParser.Parse(text, turn.Language);
        return RegisterAsync(turn, request, problems, text, answerRedelivery: turn.Resumed, cancellationToken, askIfRegisteredBefore: true);
    }

    /// <summary>
    /// "Register anyway": what was typed, stored without asking again. Every click of the same question's button
    /// registers under one key, once, and each is answered with that one confirmation.
    /// </summary>
    public Task<Reply?> RegisterAnywayAsync(Turn turn, string? key, string text, CancellationToken cancellationToken)
    {
        var sourceKey = key is null ? null : $"anyway|{turn.Person.ChannelId}|{turn.Person.UserId}|{key}";
        var answerRedelivery = key is not null || turn.Resumed;
        if (AskBeforeCommands.IsForm(text))
            // What a form held: stored as the form would have been, its problems shown in the form; no typed line to show back.
            return FormAnyway.Read(text, turn.Language) is { } form
                ? RegisterAsync(turn, form.Request, form.Problems, typedText: null, answerRedelivery, cancellationToken, sourceKey: sourceKey)
                : Task.FromResult<Reply?>(new Reply.Text(AskBeforeWords.FormUnreadable(turn.Language)));
        var (request, problems) = RegistrationParser.Parse(text, turn.Language);
        return RegisterAsync(turn, request, problems, text, answerRedelivery, cancellationToken, sourceKey: sourceKey);
    }

    /// <summary>
    /// Registers; null when this delivery was registered and answered before, unless <paramref name="answerRedelivery"/>
    /// (a turn resumed after a restart, whose answer may never have gone, or a form whose answer is the click's response).
    /// </summary>
    /// <param name="sourceKey">What the registration is stored under when not the turn's own delivery.</param>
    public async Task<Reply?> RegisterAsync(Turn turn, RegistrationRequest request, IReadOnlyList<RegistrationProblem> parseProblems, string? typedText,
        bool answerRedelivery, CancellationToken cancellationToken, bool askIfRegisteredBefore = false, string? sourceKey = null)
    {
        switch (await desk.RegisterAsync(turn.Person, request, parseProblems, sourceKey ?? turn.SourceKey, turn.HeadsUpTo, turn.Language, askIfRegisteredBefore))
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

    /// <summary>
    /// "Did you already register this?", whose Register anyway stores <paramref name="typedText"/>, or the form's
    /// <paramref name="request"/> as it was submitted, once for every click of it (its key is the asking delivery's).
    /// </summary>
    public static Reply.RegisteredBefore Question(RegisterOutcome.LooksRegistered looks, RegistrationRequest request, string? typedText, string askingSourceKey) =>
        new(looks.Planned, looks.Earlier, looks.SharedCountries, typedText ?? FormAnyway.Write(request), AskBeforeCommands.KeyOf(askingSourceKey));

    public Reply.Text Discarded(Turn turn) => new(AskBeforeWords.Discarded(turn.Language));

    /// <summary>
    /// "Change OR-0042 instead": what was asked about is compared with OR-0042 as it stands now. Differing dates are
    /// offered as the move, ready to send; what no command changes (states, partners, notes…) is said plainly, with
    /// the way that remains: cancel OR-0042 and register this one (once, under the question's key). The move and the
    /// cancellation check who may, as typed.
    /// </summary>
    public async Task<Reply> ChangeInsteadAsync(Turn turn, BotCommand.ChangeInstead change, CancellationToken cancellationToken)
    {
        if (OutreachPlan.ParseId(change.IdText) is not { } id)
            return new Reply.Text(ChangeWords.NoSuchRegistration(change.IdText, turn.Language));
        var publicId = OutreachPlan.FormatId(id);
        if (change is not { Key: { } key, Text: { } text })
        {
            var (window, problems) = RegistrationParser.ParseWindow(change.DatesText, turn.Language);
            return window is null ? new Reply.Text(string.Join(" ", problems.Select(p => p.Message))) : new Reply.HowToChange(publicId, AskBeforeCommands.Move(publicId, window));
        }
        var isForm = AskBeforeCommands.IsForm(text);
        (RegistrationRequest, IReadOnlyList<RegistrationProblem>)? read = !isForm ? RegistrationParser.Parse(text, turn.Language)
            : FormAnyway.Read(text, turn.Language) is { } form ? (form.Request, form.Problems) : null;
        if (read is not { } readBack)
            return new Reply.Text(AskBeforeWords.FormUnreadable(turn.Language));
        var (request, requestProblems) = readBack;
        if (desk.Preview(turn.Person, request, requestProblems, turn.Language) is not { } planned)
            return Form(turn.Person, request, [.. requestProblems], isForm ? null : text);
        // Another's registration, or one gone: nothing of it is compared or named; the move answers for itself.
        if (desk.FindPlan(id) is not { } earlier || !turn.Asker.CanChange(earlier))
            return new Reply.HowToChange(publicId, AskBeforeCommands.Move(publicId, planned.Window));
        var move = planned.Window == earlier.Window ? null : AskBeforeCommands.Move(publicId, planned.Window);
        var howTo = new Reply.HowToChange(publicId, move, Differences(earlier, planned), AskBeforeCommands.RegisterAnyway(key, text));
        // Its Register this one carries the new registration whole: not for a room that may not read it.
        return (await ReaderAsync(turn, cancellationToken)).CanSeeDetailsOf(planned) ? howTo : howTo with { MeantFor = MeantFor.AskerAlone };
    }

    /// <summary>What differs besides the dates, as the confirmation names the fields.</summary>
    private static List<RegistrationCardWords.Fact> Differences(OutreachPlan earlier, OutreachPlan planned)
    {
        static bool Same<T>(IEnumerable<T> one, IEnumerable<T> other) => one.ToHashSet().SetEquals(other);
        var differences = new List<RegistrationCardWords.Fact>();
        void Unless(bool same, RegistrationCardWords.Fact fact)
        {
            if (!same)
                differences.Add(fact);
        }
        Unless(string.Equals(earlier.Organization, planned.Organization, StringComparison.Ordinal), RegistrationCardWords.Fact.ActingFor);
        Unless(Same(earlier.Countries, planned.Countries) && string.Equals(earlier.Region, planned.Region, StringComparison.OrdinalIgnoreCase), RegistrationCardWords.Fact.States);
        Unless(earlier.Kind == planned.Kind, RegistrationCardWords.Fact.Kind);
        Unless(Same(earlier.Topics, planned.Topics), RegistrationCardWords.Fact.Topics);
        Unless(string.Equals(earlier.Partners ?? "", planned.Partners ?? "", StringComparison.Ordinal), RegistrationCardWords.Fact.Partners);
        Unless(earlier.Visibility == planned.Visibility, RegistrationCardWords.Fact.Visibility);
        Unless(string.Equals(earlier.Notes ?? "", planned.Notes ?? "", StringComparison.Ordinal), RegistrationCardWords.Fact.Notes);
        return differences;
    }

    /// <summary>"outreach Tonga" for the place's readers; words that name no single state are answered as a status question.</summary>
    public async Task<Reply> OutreachForAsync(Turn turn, string countryText, CancellationToken cancellationToken) => desk.OutreachFor(countryText) switch
    {
        OutreachLookup.ForCountry found => WithViews(OutreachList(found, await ReaderAsync(turn, cancellationToken)), turn),
        _ => status.ForText(countryText),
    };

    public async Task<Reply> MineAsync(Turn turn, CancellationToken cancellationToken) =>
        WithViews(MineList(desk.Mine(turn.Person), await ReaderAsync(turn, cancellationToken)), turn);

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
        BotCommand.OutreachFor o when desk.OutreachFor(o.CountryText) is OutreachLookup.ForCountry found => OutreachList(found, viewer),
        BotCommand.Mine => MineList(desk.Mine(new Person(channelId, askedBy, null, "")), viewer),
        _ => null,
    };

    /// <summary>A visit still to come is cancelled only once the person confirms it (the question's Confirm sends "confirm cancel").</summary>
    public async Task<Reply> CancelAsync(Turn turn, string idText, bool confirmed, CancellationToken cancellationToken) =>
        !confirmed && desk.StillToCome(turn.Person, idText, OutreachState.Planned) is { } plan
            ? new Reply.ConfirmCancel(plan)
            : await ChangeAsync(turn, desk.Cancel(turn.Person, idText, turn.Language), ChangeWords.Change.Cancelled, cancellationToken);

    /// <summary>A visit still to come is recorded as done only once the person confirms it, with the findings shown back.</summary>
    public async Task<Reply> DoneAsync(Turn turn, string idText, string findings, bool confirmed, CancellationToken cancellationToken) =>
        !confirmed && findings.Length <= InputLimits.Findings && desk.StillToCome(turn.Person, idText, OutreachState.Planned) is { } plan
            ? new Reply.ConfirmDone(plan, findings.Trim())
            : await ChangeAsync(turn, desk.Done(turn.Person, idText, findings, turn.Language), ChangeWords.Change.Done, cancellationToken);

    /// <summary>"Keep it": nothing changes, and the person is told so.</summary>
    public static Reply.Text Keep(Turn turn, string idText) =>
        new(AskBeforeWords.Kept(OutreachPlan.ParseId(idText) is { } id ? OutreachPlan.FormatId(id) : idText, turn.Language));

    public Task<Reply> MoveAsync(Turn turn, string idText, string datesText, CancellationToken cancellationToken)
    {
        var (window, problems) = RegistrationParser.ParseWindow(datesText, turn.Language);
        return window is null
            ? Task.FromResult<Reply>(new Reply.Text(string.Join(" ", problems.Select(p => p.Message))))
            : ChangeAsync(turn, desk.Move(turn.Person, idText, window, turn.Language), ChangeWords.Change.Moved, cancellationToken);
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
        var answer = desk.Subscribe(turn.Person, turn.ChannelId, turn.ConversationId, subscribe, turn.Language)!;
        if (!subscribe || !turn.Asker.IsSecretariat)
            return new Reply.Text(answer);
        // Alerts are posted for the whole conversation, even where this answer is seen by the asker alone.
        var where = turn.Place with { SeenOnlyByAsker = false };
        var readers = where.IsShared ? await turn.ReadRoomAsync(cancellationToken) : turn.Asker;
        return new Reply.Text(answer + Audience.AlertDetailNote(where, readers, turn.Language));
    }

    public Reply History(Person person, string subject, Domain.Language.Language language) => desk.History(person, subject, language) switch
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
            return desk.OrganizationOf(person) is { } current ? AnswerWords.ActingFor(current, language) : AnswerWords.ActingForUnknown(language);
        if (name.Length > RegistrationRules.MaxOrganizationLength)
            return RegistrationRuleSentences.TooLong(RegistrationRuleSentences.Text.Organization, name.Length, RegistrationRules.MaxOrganizationLength, language);
        desk.SetOrganization(person, name);
        return AnswerWords.ActingForNoted(name.Trim(), language);
    }
}
