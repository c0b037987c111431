using AttBot.Domain.Countries;

namespace AttBot.Host.Countries;

/// <summary>What to tell someone whose words name no one state, the same in every command: which ones they could mean, or the closest names.</summary>
public static class ResolutionWords
{
    /// <summary>"“Congo” could mean Congo or Democratic Republic of the Congo: please name one." or "I don't know the state “X” — did you mean …?"</summary>
    public static string Problem(CountryResolution resolution) => resolution switch
    {
        CountryResolution.Ambiguous a => $"“{Shorten(a.Input)}” could mean {Join(a.Candidates.Select(c => c.Name))}: please name one.",
        CountryResolution.Unknown { NotAParticipant: true } u =>
            $"“{Shorten(u.Input)}” is not among the participants the UN Treaty Collection lists for the Arms Trade Treaty, so AttBot has no status for it.",
        CountryResolution.Unknown { Suggestions.Count: > 0 } u => $"I don't know the state “{Shorten(u.Input)}” — did you mean {Join(u.Suggestions.Select(c => c.Name))}?",
        CountryResolution.Unknown u => $"I don't know the state “{Shorten(u.Input)}”.",
        _ => throw new ArgumentException("The words name a state: there is no problem to tell.", nameof(resolution)),
    };

    /// <summary>"A", "A or B", "A, B or C".</summary>
    public static string Join(IEnumerable<string> names) => Domain.Language.ListWords.Or(names);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
