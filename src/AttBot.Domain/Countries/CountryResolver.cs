using System.Collections.Frozen;

namespace AttBot.Domain.Countries;

/// <summary>
/// Finds the state a person means from the country part of a message: "VNM", "vn", "Viet Nam", "越南", "Malasia",
/// "Côte d’Ivoire", "Ivory Coast", "Phillipines". Everything is indexed in memory once; <see cref="Resolve"/> keeps
/// no state, so one instance serves every conversation at once.
/// </summary>
/// <remarks>
/// The steps go from the surest and cheapest to the loosest, and the first that decides wins:
/// an ISO code; an exact name in any UN language, alias or former name (one dictionary lookup); all words of a
/// name ("St Vincent", "Herzegovina"); a slip of the keyboard ("Kazakstan"); the start of a name ("Burk").
/// So an exact name always beats a near one: "Niger" is never Nigeria, "Guinea" never Papua New Guinea.
/// </remarks>
public sealed class CountryResolver
{
    // More states than this sharing a word ("Republic") means the word does not point at any of them.
    private const int MaxCandidates = 6;
    private const int MaxSuggestions = 3;
    private const int MaxLength = 100;

    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, NameEntry> _byName;
    private readonly NameEntry[] _names;
    // Every word of every name → the names that contain it, for the word-by-word steps.
    private readonly FrozenDictionary<string, NameEntry[]> _byWord;
    private readonly (string Word, ulong Letters, NameEntry[] Names)[] _words;

    public CountryResolver(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        Country[] all = [.. countries];
        _byCode = all.SelectMany(c => new[] { KeyValuePair.Create(c.Iso2, c), KeyValuePair.Create(c.Iso3, c) })
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _names = [.. CountryNameIndex.Build(all)];
        _byName = _names.ToFrozenDictionary(n => n.Key, StringComparer.Ordinal);
        _byWord = _names
            .SelectMany(entry => entry.Words.Distinct().Select(word => (word, entry)))
            .GroupBy(pair => pair.word, pair => pair.entry)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _words = [.. _byWord.Select(w => (w.Key, EditDistance.Letters(w.Key), w.Value))];
    }

    public CountryResolution Resolve(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string typed = NameKey.Trim(input);
        // The longest name has under sixty letters: a longer text is no name, and would only cost time.
        if (typed.Length > MaxLength)
            return new CountryResolution.Unknown(typed, []);

        if (IsCode(typed))
        {
            // A code in capitals is deliberate; in lower case, a code that is also a word is taken for the word.
            if (!IsCapitals(typed) && CountryAliases.EverydayWords.Contains(typed))
                return new CountryResolution.Unknown(typed, SpelledOrCoded(typed));
            if (_byCode.TryGetValue(typed, out Country? coded))
                return new CountryResolution.Found(coded);
        }

        string key = NameKey.Normalize(typed);
        if (key.Length == 0)
            return new CountryResolution.Unknown(typed, []);
        if (ByName(typed, key) is { } named)
            return named;
        if (ByWords(typed, key, loosely: false) is { } worded)
            return worded;

        // From here on the text is not a name as such: one pass of edit distances serves the last steps.
        List<(NameEntry Entry, int Distance)> nearby = Nearby(key, SuggestionTolerance(key.Length));
        return BySpelling(typed, key, nearby)
            ?? ByWords(typed, key, loosely: true)
            ?? new CountryResolution.Unknown(typed, Suggestions(key, nearby));
    }

    /// <summary>
    /// The exact spelling, the same name rearranged ("Korea, Republic of", "Korea (Republic of)"), or the name
    /// inside a formal title ("Kingdom of Saudi Arabia", "Sultanate of Oman").
    /// </summary>
    private CountryResolution? ByName(string typed, string key)
    {
        if (_byName.TryGetValue(key, out NameEntry? entry))
            return Named(typed, entry);
        foreach (string form in NameKey.Rearrangements(typed))
        {
            if (_byName.TryGetValue(NameKey.Normalize(form), out entry))
                return Named(typed, entry);
        }
        string untitled = NameKey.WithoutTitle(key);
        if (untitled.Length > 0 && untitled != key && _byName.TryGetValue(untitled, out entry))
            return Named(typed, entry);
        return null;
    }

    // A name with no state behind it is one of the curated places outside the depositary's table.
    private static CountryResolution Named(string typed, NameEntry entry) =>
        entry.Countries.Length == 0
            ? new CountryResolution.Unknown(typed, []) { NotAParticipant = true }
            : Decide(typed, entry.Countries);

    /// <summary>
    /// Every word typed is a word of one name ("St Vincent", "Bosnia Herzegovina", "Tobago"), or, done
    /// <paramref name="loosely"/>, the start of one ("Burk", "马来") or one slip away from one ("Herzegovnia").
    /// Words that only describe ("South", "Islands", "Republic") may list states to choose from, but never decide
    /// one on their own: "Africa" is not South Africa.
    /// </summary>
    private CountryResolution? ByWords(string typed, string key, bool loosely)
    {
        string[] words = [.. key.Split(' ').Where(w => !NameKey.IsFiller(w))];
        if (words.Length == 0)
            return null;

        HashSet<NameEntry>? common = null;
        foreach (string word in words)
        {
            var containing = new HashSet<NameEntry>(_byWord.GetValueOrDefault(word, []), ReferenceEqualityComparer.Instance);
            if (loosely)
            {
                ulong letters = EditDistance.Letters(word);
                foreach ((string known, ulong knownLetters, NameEntry[] names) in _words)
                {
                    if (IsNearly(word, letters, known, knownLetters))
                        containing.UnionWith(names);
                }
            }
            if (common is null)
                common = containing;
            else
                common.IntersectWith(containing);
            if (common.Count == 0)
                return null;
        }

        Country[] candidates = Closest(common!, key);
        if (candidates.Length == 0 || candidates.Length > MaxCandidates)
            return null;
        if (candidates.Length == 1 && words.All(NameKey.IsDescriptive))
            return new CountryResolution.Unknown(typed, candidates);
        return Decide(typed, candidates);
    }

    /// <summary>The names within a few typing slips of the text, word by word; the nearest win, ties are ambiguous.</summary>
    private static CountryResolution? BySpelling(string typed, string key, List<(NameEntry Entry, int Distance)> nearby)
    {
        int tolerance = key.Split(' ').Sum(word => Tolerance(word.Length));
        int best = nearby.Select(n => n.Distance).DefaultIfEmpty(int.MaxValue).Min();
        if (best > tolerance)
            return null;

        Country[] candidates = Closest(nearby.Where(n => n.Distance == best).Select(n => n.Entry), key);
        return candidates.Length is 0 or > MaxCandidates ? null : Decide(typed, candidates);
    }

    /// <summary>
    /// The states nearest in spelling, for "did you mean…": within one slip in three letters, and never a name
    /// that shares no letter with the text; so none at all for garbage.
    /// </summary>
    private static Country[] Suggestions(string key, List<(NameEntry Entry, int Distance)> nearby) =>
    [
        .. nearby
            .Where(n => n.Distance < Math.Min(key.Length, n.Entry.Key.Length))
            .OrderBy(n => n.Distance)
            .ThenBy(n => Math.Abs(n.Entry.Key.Length - key.Length))
            .ThenBy(n => n.Entry.Key, StringComparer.Ordinal)
            .SelectMany(n => n.Entry.Countries)
            .DistinctBy(country => country.Iso3)
            .Take(MaxSuggestions),
    ];

    /// <summary>Every name within <paramref name="tolerance"/> edits of the text, with its distance.</summary>
    private List<(NameEntry Entry, int Distance)> Nearby(string key, int tolerance)
    {
        var nearby = new List<(NameEntry, int)>();
        ulong letters = EditDistance.Letters(key);
        foreach (NameEntry entry in _names)
        {
            if (EditDistance.LowerBound(letters, entry.Letters) > tolerance)
                continue;
            int distance = EditDistance.AtMost(key, entry.Key, tolerance);
            if (distance <= tolerance)
                nearby.Add((entry, distance));
        }
        return nearby;
    }

    /// <summary>What the letters would have meant as a code or an abbreviation ("it" → Italy, "car" → CAR).</summary>
    private Country[] SpelledOrCoded(string typed) =>
        _byCode.TryGetValue(typed, out Country? coded) ? [coded]
        : _byName.TryGetValue(NameKey.Normalize(typed), out NameEntry? entry) ? entry.Countries
        : [];

    private static CountryResolution Decide(string typed, Country[] candidates) => candidates.Length switch
    {
        0 => new CountryResolution.Unknown(typed, []),
        1 => new CountryResolution.Found(candidates[0]),
        _ => new CountryResolution.Ambiguous(typed, candidates),
    };

    /// <summary>The states of the matching names, those whose name is closest in length to the text first.</summary>
    private static Country[] Closest(IEnumerable<NameEntry> matches, string key) =>
    [
        .. matches
            .OrderBy(entry => Math.Abs(entry.Key.Length - key.Length))
            .ThenBy(entry => entry.Key, StringComparer.Ordinal)
            .SelectMany(entry => entry.Countries)
            .DistinctBy(country => country.Iso3),
    ];

    /// <summary>
    /// How many slips a word of this length may hold: one in five letters, at least one, none below four letters
    /// ("Irn" could be anything). Looser lets other places in: "Greenland" is three slips from "Ireland", and
    /// "French Republic" three from "Czech Republic", where "French" alone may hold only one.
    /// </summary>
    private static int Tolerance(int length) => length <= 3 ? 0 : Math.Max(1, length / 5);

    /// <summary>How far a suggestion may be: one slip in three letters (never fewer than the spelling step's).</summary>
    private static int SuggestionTolerance(int length) => length <= 3 ? 1 : Math.Max(2, (length + 2) / 3);

    /// <summary>The start of a word ("Burk"; two Chinese characters are enough), or one slip from a long one.</summary>
    private static bool IsNearly(string typed, ulong typedLetters, string word, ulong wordLetters) =>
        typed.Length >= (NameKey.IsIdeograph(typed[0]) ? 2 : 4) && word.StartsWith(typed, StringComparison.Ordinal)
        || typed.Length >= 5 && EditDistance.LowerBound(typedLetters, wordLetters) <= 1
            && EditDistance.AtMost(typed, word, 1) <= 1;

    private static bool IsCode(string text) => text.Length is 2 or 3 && text.All(char.IsAsciiLetter);

    private static bool IsCapitals(string text) => text.All(char.IsAsciiLetterUpper);
}
