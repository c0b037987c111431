using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;

namespace AttBot.Domain.Language;

/// <summary>The questions asked before storing, told the same on Teams and Slack: what they say and which answers they offer.</summary>
public static class AskBeforeLines
{
    /// <summary>The earlier registration the new one looks like, by its id, shared states and dates.</summary>
    public static string RegisteredBefore(OutreachPlan earlier, IReadOnlyList<string> shared, Func<string, string> countryName, Language language) =>
        AskBeforeWords.AlreadyRegistered(earlier.PublicId, OutreachLines.StateLine(shared, countryName, language: language),
            RegistrationCardWords.Window(earlier.Window, language), language);

    /// <summary>What to send to move it, and what else differs and how to have it (<paramref name="move"/> as typed in the channel).</summary>
    public static string HowToChange(string publicId, string? move, IReadOnlyList<Fact>? differences, Language language)
    {
        if (differences is null)
            return AskBeforeWords.HowToChange(publicId, move ?? "", language);
        var sentences = new List<string>();
        if (move is not null)
            sentences.Add(AskBeforeWords.MoveTo(publicId, move, language));
        if (differences.Count > 0)
            sentences.Add(AskBeforeWords.DiffersIn(publicId, string.Join(", ", differences.Select(f => RegistrationCardWords.Label(f, language))), move is not null, language));
        else if (move is null)
            sentences.Add(AskBeforeWords.SameAsEarlier(publicId, language));
        return string.Join(" ", sentences);
    }

    /// <summary>Cancel the earlier one and register this one where more than the dates differ; register anyway or discard where nothing does.</summary>
    public static IEnumerable<(string Title, string Command)> HowToChangeButtons(string publicId, bool datesDiffer, IReadOnlyList<Fact>? differences,
        string? anywayCommand, Language language)
    {
        if (differences is { Count: > 0 })
        {
            yield return (AskBeforeWords.CancelEarlier(publicId, language), AskBeforeCommands.Cancel(publicId));
            if (anywayCommand is not null)
                yield return (AskBeforeWords.RegisterThisOne(language), anywayCommand);
        }
        else if (differences is not null && !datesDiffer)
        {
            if (anywayCommand is not null)
                yield return (AskBeforeWords.RegisterAnyway(language), anywayCommand);
            yield return (AskBeforeWords.Discard(language), AskBeforeCommands.DiscardRegistration);
        }
    }

    /// <summary>"OR-0042 (Tonga, 10–12 March 2027) has not taken place yet. Do you want to cancel it? …"</summary>
    public static string CancelQuestion(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        $"{NotYet(plan, countryName, language)} {AskBeforeWords.CancelQuestion(language)}";

    /// <summary>"OR-0042 (Tonga, 10–12 March 2027) has not taken place yet. Do you want to record it as done with these findings?"</summary>
    public static string DoneQuestion(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        $"{NotYet(plan, countryName, language)} {AskBeforeWords.DoneQuestion(language)}";

    private static string NotYet(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        AskBeforeWords.NotYet(plan.PublicId, OutreachLines.StateLine(plan.Countries, countryName, plan.Region, language),
            RegistrationCardWords.Window(plan.Window, language), language);
}
