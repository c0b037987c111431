using System.Globalization;
using System.Text;

namespace AttBot.Domain.Countries;

/// <summary>
/// How a name is reduced before it is compared, the same way for the data and for what a person types, so that
/// "Côte d’Ivoire", "cote d ivoire" and "COTE D'IVOIRE" meet, as do "St. Kitts &amp; Nevis" and "Saint Kitts and
/// Nevis", "Bahamas (The)" and "the Bahamas", "Türkiye" and "turkiye".
/// </summary>
internal static class NameKey
{
    // Around the text, not part of the name: quotes of every script, and the punctuation of a question.
    private static readonly char[] Surrounding =
        " \t\r\n\"'`´‘’‚‛“”„‟«»‹›「」『』?!.,;:？！。，、¿¡".ToCharArray();

    /// <summary>The text without surrounding spaces, quotes and question or full stop marks.</summary>
    public static string Trim(string text) => text.Trim(Surrounding);

    /// <summary>
    /// Lower case, without accents or Arabic vowel signs, punctuation turned into single spaces, "&amp;" into "and",
    /// "St" into "Saint", and without "the". Empty when nothing of a name is left.
    /// </summary>
    public static string Normalize(string text)
    {
        // Compatibility decomposition also folds full-width forms (common in Chinese input) and Arabic presentation
        // forms into plain letters; dropping the combining marks then removes accents, Arabic vowel signs and hamza
        // seats (أ إ آ → ا) and Cyrillic diacritics (ё → е).
        string decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var letters = new StringBuilder(decomposed.Length + 8);
        for (int i = 0; i < decomposed.Length; i++)
        {
            char c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == 'ـ')
                continue;
            if (char.IsLetterOrDigit(c) && Fold(c) is { } folded)
                letters.Append(folded);
            else if (char.IsLetterOrDigit(c))
                letters.Append(c);
            else if (c == '&')
                letters.Append(" and ");
            else if (IsApostrophe(c) && IsPossessiveS(decomposed, i + 1))
                continue; // "People's" is "Peoples", whereas "d'Ivoire" is "d Ivoire"
            else
                letters.Append(' ');
        }

        var words = new StringBuilder(letters.Length + 8);
        string[] split = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < split.Length; i++)
        {
            string word = split[i];
            if (word == "the")
                continue; // "The Gambia", "Bahamas (The)", "Saint Vincent and the Grenadines"
            // Initials spelled with stops are one word: "U.S.A." is "usa", "D.R. Congo" is "dr congo".
            if (words.Length > 0 && !(IsInitial(split, i) && IsInitial(split, i - 1)))
                words.Append(' ');
            words.Append(word switch { "st" => "saint", "ste" => "sainte", _ => word });
        }
        return words.ToString();
    }

    /// <summary>
    /// Fails at once where accents cannot be folded: in invariant-globalization mode (no ICU) .NET leaves "é" whole
    /// instead of decomposing it, and "Türkiye" would silently stop matching "turkiye".
    /// </summary>
    public static void EnsureUnicodeDecomposition()
    {
        if ("é".Normalize(NormalizationForm.FormD).Length != 2)
            throw new InvalidOperationException(
                "Country names need Unicode decomposition: run with ICU (InvariantGlobalization=false).");
    }

    /// <summary>
    /// The ways a name with a qualifier is also written: "Bolivia (Plurinational State of)" is also "Bolivia" and
    /// "Plurinational State of Bolivia"; the Arabic form marks with " - " where the name goes inside the qualifier;
    /// "Korea, Republic of" is "Republic of Korea". The name itself is not included.
    /// </summary>
    public static IEnumerable<string> Rearrangements(string name)
    {
        int open = name.IndexOfAny(['(', '（']);
        int close = name.LastIndexOfAny([')', '）']);
        if (open > 0 && close > open)
        {
            string head = name[..open].Trim();
            string qualifier = name[(open + 1)..close].Trim();
            int slot = qualifier.IndexOf(" - ", StringComparison.Ordinal);
            yield return slot >= 0
                ? $"{qualifier[..slot]} {head} {qualifier[(slot + 3)..]}"
                : $"{qualifier} {head}";
            yield return head;
        }

        int comma = name.IndexOf(',');
        if (comma > 0 && comma < name.Length - 1)
            yield return $"{name[(comma + 1)..]} {name[..comma]}";
    }

    /// <summary>Words that carry no meaning on their own when matching a name word by word.</summary>
    public static bool IsFiller(string word) => word is
        "and" or "of" or "de" or "du" or "des" or "d" or "l" or "la" or "le" or "les" or "el" or "los" or "las"
        or "del" or "y" or "e" or "et" or "и";

    /// <summary>
    /// The name without the words of a formal title: "Kingdom of Saudi Arabia" is "saudi arabia", "Federal
    /// Republic of Germany" is "germany". Empty when nothing but title words was typed.
    /// </summary>
    public static string WithoutTitle(string key) =>
        string.Join(' ', key.Split(' ').Where(word => !IsTitle(word) && !IsFiller(word)));

    private static bool IsTitle(string word) => word is
        "arab" or "commonwealth" or "cooperative" or "co" or "democratic" or "duchy" or "emirate" or "federal"
        or "federation" or "federative" or "grand" or "hashemite" or "independent" or "islamic" or "kingdom"
        or "operative" or "oriental" or "people" or "peoples" or "principality" or "republic" or "socialist"
        or "state" or "sultanate" or "union";

    /// <summary>
    /// Words that describe rather than name a state: alone they may list states to choose from but never pick one,
    /// so "Africa" is not taken for South Africa, nor "Kingdom" for the United Kingdom.
    /// </summary>
    public static bool IsDescriptive(string word) => word is
        "africa" or "african" or "america" or "american" or "arab" or "central" or "democratic" or "east"
        or "federal" or "federated" or "island" or "islands" or "islamic" or "kingdom" or "new" or "north"
        or "people" or "peoples" or "republic" or "saint" or "sainte" or "south" or "state" or "states" or "united"
        or "west" or "western";

    /// <summary>Chinese characters: a single one already carries meaning, so prefixes may be shorter.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    // Letters that decomposition leaves whole, and Arabic letters often typed as another.
    private static string? Fold(char c) => c switch
    {
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ة' => "ه", // tāʾ marbūṭa is often typed as hāʾ
        'ى' => "ي", // alif maqṣūra is often typed as yāʾ
        _ => null,
    };

    private static bool IsInitial(string[] words, int at) =>
        at >= 0 && words[at].Length == 1 && char.IsLetter(words[at][0]) && !IsIdeograph(words[at][0]);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    private static bool IsPossessiveS(string text, int at) =>
        at < text.Length && text[at] == 's' && (at + 1 == text.Length || !char.IsLetter(text[at + 1]));
}
