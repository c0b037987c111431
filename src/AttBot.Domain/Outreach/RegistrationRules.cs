using AttBot.Domain.Commands;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Outreach;

/// <summary>
/// What a registration must satisfy as a whole, however it was entered (the one-line command or the form), once the
/// organization is known. A window that started in the past but ends today or later is ongoing, and allowed.
/// The messages for missing fields are the same records <see cref="RegistrationParser"/> returns, so problems from
/// both can be merged with <c>Distinct()</c>.
/// </summary>
public static class RegistrationRules
{
    /// <summary>Longer is a programme, not an outreach window: split it (keeps the conflict search indexed).</summary>
    public const int MaxWindowDays = 366;
    public const int MaxOrganizationLength = InputLimits.Organization, MaxPartnersLength = InputLimits.Partners,
        MaxNotesLength = InputLimits.Notes, MaxCountries = InputLimits.States;
    /// <summary>A start further ahead is probably a typo in the year.</summary>
    public const int MaxYearsAhead = 5;

    internal static readonly string KindList = string.Join(", ", OutreachWords.Kinds.Select(k => k.ToString().ToLowerInvariant()));
    internal static readonly string TopicList = string.Join(", ", OutreachWords.Topics.Select(t => t.ToString().ToLowerInvariant()));

    internal static readonly RegistrationProblem MissingKind =
        new(RegistrationFields.Kind, $"Say what kind of outreach it is, one of: {KindList}.");

    internal static readonly RegistrationProblem MissingCountries =
        new(RegistrationFields.Countries, "Which states will you reach? Name them (Tonga, Fiji and Samoa) or a region (region South-eastern Asia).");

    internal static readonly RegistrationProblem MissingStart =
        new(RegistrationFields.Start, "When is it? Give the date as YYYY-MM-DD, or the first and last day: 2027-03-10..2027-03-12.");

    internal static readonly RegistrationProblem MissingOrganization =
        new(RegistrationFields.Organization, "Who do you act for? Add 'as' and your organization, e.g. 'as Ministry of Foreign Affairs of Ghana'.");

    /// <summary>Said before any name is looked up, so that a list of thousands costs nothing.</summary>
    public static RegistrationProblem TooManyStates(int count) =>
        new(RegistrationFields.Countries, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"That is {count:N0} states; one registration names at most {MaxCountries}. Name a region instead (region Western Africa), or register the list in parts."));

    /// <summary>A form with more fields, or a longer field, than the registration form has: nothing of it is read.</summary>
    public static readonly RegistrationProblem FormTooLarge = new(RegistrationFields.Kind,
        $"That form carries more than the registration form holds (at most {InputLimits.FormFields} fields of {InputLimits.FormFieldText:N0} characters), so I did nothing with it. Please type register to get a fresh form.");

    /// <summary>A form field over its limit: refused, never cut.</summary>
    public static RegistrationProblem FieldTooLong(string field, int length) =>
        new(field, InputLimits.TooLong("That field", length, InputLimits.FormFieldText));

    internal static RegistrationProblem EndsBeforeStart(DateOnly start, DateOnly end, Language.Language language = Language.Language.English) =>
        new(RegistrationFields.End, Language.RegistrationSentences.EndsBeforeStart(start, end, language));

    // The missing fields in the reader's language; in English, equal to the records above, so Distinct() still merges them.
    internal static RegistrationProblem MissingKindIn(Language.Language language) => new(RegistrationFields.Kind, Language.RegistrationSentences.MissingKind(language));
    internal static RegistrationProblem MissingCountriesIn(Language.Language language) => new(RegistrationFields.Countries, Language.RegistrationSentences.MissingCountries(language));
    internal static RegistrationProblem MissingStartIn(Language.Language language) => new(RegistrationFields.Start, Language.RegistrationSentences.MissingStart(language));

    /// <summary>
    /// Problems with a request as a whole, given today's date: required fields (kind, countries or region, start,
    /// organization), end before start, a window entirely in the past, a start more than five years ahead, a window
    /// longer than <see cref="MaxWindowDays"/>, text fields too long, too many countries. Empty when it may be registered.
    /// </summary>
    public static IReadOnlyList<RegistrationProblem> Check(RegistrationRequest request, DateOnly today)
    {
        var problems = new List<RegistrationProblem>();
        if (request.Kind is null)
            problems.Add(MissingKind);

        if (request.CountryNames.Count == 0 && string.IsNullOrWhiteSpace(request.RegionName))
            problems.Add(MissingCountries);
        else if (request.CountryNames.Count > MaxCountries)
            problems.Add(TooManyStates(request.CountryNames.Count));

        if (request.Start is not { } start)
            problems.Add(MissingStart);
        else if (request.End is { } end && end < start)
            problems.Add(EndsBeforeStart(start, end));
        else
            problems.AddRange(CheckWindow(new DateWindow(start, request.End), today, endGiven: request.End is not null));

        if (string.IsNullOrWhiteSpace(request.Organization))
            problems.Add(MissingOrganization);
        else if (TooLong(request.Organization, MaxOrganizationLength, "The organization's name") is { } message)
            problems.Add(new(RegistrationFields.Organization, message));
        if (TooLong(request.Partners, MaxPartnersLength, "The list of partners") is { } partners)
            problems.Add(new(RegistrationFields.Partners, partners));
        if (TooLong(request.Notes, MaxNotesLength, "The note") is { } notes)
            problems.Add(new(RegistrationFields.Notes, notes + " Put longer material in a shared document and give its link."));
        return problems;
    }

    /// <summary>
    /// Problems with a window alone (also for "move"): entirely in the past, starting more than
    /// <see cref="MaxYearsAhead"/> years ahead, or longer than <see cref="MaxWindowDays"/>.
    /// </summary>
    public static IReadOnlyList<RegistrationProblem> CheckWindow(DateWindow window, DateOnly today, bool endGiven = true)
    {
        var problems = new List<RegistrationProblem>();
        if (window.End < today)
            problems.Add(new(endGiven ? RegistrationFields.End : RegistrationFields.Start,
                $"That window is over: it ended on {StatusWording.Date(window.End)}. Register outreach that is still to come, or record what you found with done and the registration's id (done OR-0042 …)."));
        else if (window.Start > today.AddYears(MaxYearsAhead))
            problems.Add(new(RegistrationFields.Start,
                $"{StatusWording.Date(window.Start)} is more than {MaxYearsAhead} years ahead. Is the year right?"));
        if (window.Days > MaxWindowDays)
            problems.Add(new(RegistrationFields.End,
                $"That window is {window.Days} days long ({window}); the most is {MaxWindowDays}. A longer programme is several outreach windows: register each one."));
        return problems;
    }

    private static string? TooLong(string? text, int max, string what)
    {
        int length = text?.Trim().Length ?? 0;
        return length <= max ? null : InputLimits.TooLong(what, length, max);
    }
}
