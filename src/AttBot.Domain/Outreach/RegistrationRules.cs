using AttBot.Domain.Commands;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using Lang = AttBot.Domain.Language.Language;
using Text = AttBot.Domain.Language.RegistrationRuleSentences.Text;

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

    /// <summary>Said before any name is looked up, so that a list of thousands costs nothing.</summary>
    public static RegistrationProblem TooManyStates(int count, Lang language = Lang.English) =>
        new(RegistrationFields.Countries, RegistrationRuleSentences.TooManyStates(count, MaxCountries, language));

    /// <summary>A form with more fields, or a longer field, than the registration form has: nothing of it is read.</summary>
    public static RegistrationProblem FormTooLarge(Lang language = Lang.English) => new(RegistrationFields.Kind,
        RegistrationRuleSentences.FormTooLarge(InputLimits.FormFields, InputLimits.FormFieldText, language));

    /// <summary>A form field over its limit: refused, never cut.</summary>
    public static RegistrationProblem FieldTooLong(string field, int length, Lang language = Lang.English) =>
        new(field, RegistrationRuleSentences.FieldTooLong(length, InputLimits.FormFieldText, language));

    internal static RegistrationProblem EndsBeforeStart(DateOnly start, DateOnly end, Lang language = Lang.English) =>
        new(RegistrationFields.End, RegistrationSentences.EndsBeforeStart(start, end, language));

    // The missing fields in the reader's language: the same records the parser returns, so Distinct() merges them.
    internal static RegistrationProblem MissingKindIn(Lang language) => new(RegistrationFields.Kind, RegistrationSentences.MissingKind(language));
    internal static RegistrationProblem MissingCountriesIn(Lang language) => new(RegistrationFields.Countries, RegistrationSentences.MissingCountries(language));
    internal static RegistrationProblem MissingStartIn(Lang language) => new(RegistrationFields.Start, RegistrationSentences.MissingStart(language));

    /// <summary>
    /// Problems with a request as a whole, given today's date: required fields (kind, countries or region, start,
    /// organization), end before start, a window entirely in the past, a start more than five years ahead, a window
    /// longer than <see cref="MaxWindowDays"/>, text fields too long, too many countries. Empty when it may be registered.
    /// </summary>
    public static IReadOnlyList<RegistrationProblem> Check(RegistrationRequest request, DateOnly today, Lang language = Lang.English)
    {
        var problems = new List<RegistrationProblem>();
        if (request.Kind is null)
            problems.Add(MissingKindIn(language));

        if (request.CountryNames.Count == 0 && string.IsNullOrWhiteSpace(request.RegionName))
            problems.Add(MissingCountriesIn(language));
        else if (request.CountryNames.Count > MaxCountries)
            problems.Add(TooManyStates(request.CountryNames.Count, language));

        if (request.Start is not { } start)
            problems.Add(MissingStartIn(language));
        else if (request.End is { } end && end < start)
            problems.Add(EndsBeforeStart(start, end, language));
        else
            problems.AddRange(CheckWindow(new DateWindow(start, request.End), today, endGiven: request.End is not null, language));

        if (string.IsNullOrWhiteSpace(request.Organization))
            problems.Add(new(RegistrationFields.Organization, RegistrationSentences.MissingOrganization(language)));
        else if (TooLong(request.Organization, MaxOrganizationLength, Text.Organization, language) is { } message)
            problems.Add(new(RegistrationFields.Organization, message));
        if (TooLong(request.Partners, MaxPartnersLength, Text.Partners, language) is { } partners)
            problems.Add(new(RegistrationFields.Partners, partners));
        if (TooLong(request.Notes, MaxNotesLength, Text.Note, language) is { } notes)
            problems.Add(new(RegistrationFields.Notes, notes));
        return problems;
    }

    /// <summary>
    /// Problems with a window alone (also for "move"): entirely in the past, starting more than
    /// <see cref="MaxYearsAhead"/> years ahead, or longer than <see cref="MaxWindowDays"/>.
    /// </summary>
    public static IReadOnlyList<RegistrationProblem> CheckWindow(DateWindow window, DateOnly today, bool endGiven = true, Lang language = Lang.English)
    {
        var problems = new List<RegistrationProblem>();
        if (window.End < today)
            problems.Add(new(endGiven ? RegistrationFields.End : RegistrationFields.Start, RegistrationRuleSentences.WindowOver(window.End, language)));
        else if (window.Start > today.AddYears(MaxYearsAhead))
            problems.Add(new(RegistrationFields.Start, RegistrationRuleSentences.TooFarAhead(window.Start, MaxYearsAhead, language)));
        if (window.Days > MaxWindowDays)
            problems.Add(new(RegistrationFields.End, RegistrationRuleSentences.WindowTooLong(window.Days, Said(window, language), MaxWindowDays, language)));
        return problems;
    }

    // The window as the English always wrote it (DateWindow.ToString), or with the reader's dates.
    private static string Said(DateWindow window, Lang language) =>
        language == Lang.English ? window.ToString()
        : window.Start == window.End ? Formats.Date(window.Start, language)
        : $"{Formats.Date(window.Start, language)} – {Formats.Date(window.End, language)}";

    private static string? TooLong(string? text, int max, Text what, Lang language)
    {
        int length = text?.Trim().Length ?? 0;
        return length <= max ? null : RegistrationRuleSentences.TooLong(what, length, max, language);
    }
}
