using AttBot.Cards.Replies;
using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Host.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>
/// The answers to "did you already register this?": Register anyway, and Change OR-0042 instead. Both buttons carry what
/// the question was about (a typed line, or what a form held), so nothing is kept while the question is open.
/// </summary>
public sealed partial class OutreachAnswers
{
    /// <summary>
    /// "Register anyway": what was typed (or what the form held), stored without asking again. Every click of the same
    /// question's button registers under one key, once, and each is answered with that one confirmation.
    /// </summary>
    public Task<Reply?> RegisterAnywayAsync(Turn turn, string? key, string text, CancellationToken cancellationToken)
    {
        var sourceKey = key is null ? null : $"anyway|{turn.Person.ChannelId}|{turn.Person.UserId}|{key}";
        return AskedAbout(text, turn.Language) is var (request, problems, typedText)
            ? RegisterAsync(turn, request, problems, typedText, answerRedelivery: key is not null || turn.Resumed, cancellationToken, sourceKey: sourceKey)
            : Task.FromResult<Reply?>(new Reply.Text(AskBeforeWords.FormUnreadable(turn.Language)));
    }

    /// <summary>
    /// What a question was about, from what its buttons carry: a typed line, or what a form held (whose problems are then
    /// shown in the form, with no line to show back). Null for a form that cannot be read back.
    /// </summary>
    private static (RegistrationRequest Request, IReadOnlyList<RegistrationProblem> Problems, string? TypedText)? AskedAbout(string text, Domain.Language.Language language)
    {
        if (AskBeforeCommands.IsForm(text))
            return FormAnyway.Read(text, language) is { } form ? (form.Request, form.Problems, null) : null;
        var (request, problems) = RegistrationParser.Parse(text, language);
        return (request, problems, text);
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
            var (window, dateProblems) = RegistrationParser.ParseWindow(change.DatesText, turn.Language);
            return window is null ? new Reply.Text(string.Join(" ", dateProblems.Select(p => p.Message))) : new Reply.HowToChange(publicId, AskBeforeCommands.Move(publicId, window));
        }
        if (AskedAbout(text, turn.Language) is not var (request, problems, typedText))
            return new Reply.Text(AskBeforeWords.FormUnreadable(turn.Language));
        if (registrations.Preview(turn.Person, request, problems, turn.Language) is not { } planned)
            return Form(turn.Person, request, [.. problems], typedText);
        // Another's registration, or one gone: nothing of it is compared or named; the move answers for itself.
        if (registrations.FindPlan(id) is not { } earlier || !turn.Asker.CanChange(earlier))
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
}
