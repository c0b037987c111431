using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Countries;

/// <summary>What to tell someone whose words name no one state, the same in every command: which ones they could mean, or the closest names.</summary>
public static class ResolutionWords
{
    /// <summary>"“Congo” could mean Congo or Democratic Republic of the Congo: please name one." or "I don't know the state “X” — did you mean …?"</summary>
    public static string Problem(CountryResolution resolution, Lang language = Lang.English) => resolution switch
    {
        CountryResolution.Ambiguous a => CountryWords.Ambiguous(Shorten(a.Input), Names(a.Candidates, language), language),
        CountryResolution.Unknown { NotAParticipant: true } u => CountryWords.NotAParticipant(Shorten(u.Input), language),
        CountryResolution.Unknown u => CountryWords.UnknownState(Shorten(u.Input), Names(u.Suggestions, language), language),
        _ => throw new ArgumentException("The words name a state: there is no problem to tell.", nameof(resolution)),
    };

    /// <summary>"A", "A or B", "A, B or C".</summary>
    public static string Join(IEnumerable<string> names) => ListWords.Or(names);

    private static List<string> Names(IEnumerable<Country> countries, Lang language) => [.. countries.Select(c => PlaceNames.State(c, language))];

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
