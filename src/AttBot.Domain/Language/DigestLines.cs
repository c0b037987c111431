using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Language;

/// <summary>The weekly digest told in figures and lines, the same on Teams and Slack: everything in full, as the Secretariat sees all.</summary>
public static class DigestLines
{
    private const int MaxStatesInLine = 5;

    /// <summary>The digest's four figures.</summary>
    public static IReadOnlyList<(string, string)> Figures(Digest digest, Language language)
    {
        var days = Digest.UpcomingDays;
        return
        [
            (DigestWords.Figure(DigestWords.Part.NewRegistrations, days, language), Formats.Number(digest.NewRegistrationCount, language)),
            (DigestWords.Figure(DigestWords.Part.OpenDuplications, days, language), Formats.Number(digest.OpenConflictCount, language)),
            (DigestWords.Figure(DigestWords.Part.Upcoming, days, language), Formats.Number(digest.UpcomingCount, language)),
            (DigestWords.Figure(DigestWords.Part.FindingsOverdue, days, language), Formats.Number(digest.OverdueOutcomeCount, language)),
        ];
    }

    public static string Text(Digest digest, Language language) =>
        DigestWords.Fallback(RegistrationCardWords.Window(digest.Week, language), digest.NewRegistrationCount, digest.OpenConflictCount, language);

    /// <summary>"OR-0001 (Ana Ruiz (Mexico)) and OR-0002 (Pita Taufa (Control Arms)) · Tonga. OR-0002 is 8 days after OR-0001."</summary>
    public static string Pair(Conflict c, Func<string, string> countryName, Language language) =>
        $"{DigestWords.Pair(Side(c.Earlier, language), Side(c.Later, language), language)} · {string.Join(", ", c.SharedCountries.Select(countryName))}. {AlertLines.Between(c, language)}";

    private static string Side(OutreachPlan p, Language language) => $"{p.PublicId} ({OutreachLines.Who(p, language)})";

    /// <summary>One registration in a digest section: "OR-0001 · Tonga · 10–12 March 2027 · Bilateral · Ana Ruiz (Mexico)".</summary>
    public static string Line(OutreachPlan p, Func<string, string> countryName, Language language) =>
        $"{p.PublicId} · {string.Join(", ", p.Countries.Take(MaxStatesInLine).Select(countryName))}"
        + (p.Countries.Count > MaxStatesInLine ? DigestWords.AndMoreStates(p.Countries.Count - MaxStatesInLine, language) : "")
        + $" · {RegistrationCardWords.Window(p.Window, language)} · {OutreachTermWords.Kind(p.Kind, language)} · {OutreachLines.Who(p, language)}"
        + (p.Visibility == Visibility.Restricted ? DigestWords.Restricted(language) : "");
}
