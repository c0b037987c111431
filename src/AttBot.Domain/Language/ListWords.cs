namespace AttBot.Domain.Language;

/// <summary>A list in a sentence, as each language writes it: "A, B or C", "A, B ou C", "A, B o C" (and "u" before an "o" sound).</summary>
public static class ListWords
{
    /// <summary>Choices: "did you mean Fiji, Samoa or Tonga?".</summary>
    public static string Or(IEnumerable<string> items) => Joined(items, "or");

    /// <summary>All of them: "your visits OR-0001 and OR-0002".</summary>
    public static string And(IEnumerable<string> items) => Joined(items, "and");

    /// <summary>Choices in the reader's language; Spanish writes "u" before a word that starts with an "o" sound ("Polonia u Omán").</summary>
    public static string Or(IEnumerable<string> items, Language language)
    {
        var list = items.ToList();
        return language switch
        {
            Language.French => Joined(list, "ou"),
            Language.Spanish => Joined(list, list.Count > 1 && StartsWithSound(list[^1], "o") ? "u" : "o"),
            _ => Joined(list, "or"),
        };
    }

    /// <summary>All of them in the reader's language; Spanish writes "e" before an "i" sound ("Tonga e Islas Salomón").</summary>
    public static string And(IEnumerable<string> items, Language language)
    {
        var list = items.ToList();
        return language switch
        {
            Language.French => Joined(list, "et"),
            Language.Spanish => Joined(list, list.Count > 1 && StartsWithSound(list[^1], "i") && !Countries.NameKey.Normalize(list[^1]).StartsWith("hie", StringComparison.Ordinal) ? "e" : "y"),
            _ => Joined(list, "and"),
        };
    }

    // The sound, not the letter: the "h" is silent, so "u Honduras" as "u Omán", "e Hungría" as "e Italia".
    private static bool StartsWithSound(string word, string vowel)
    {
        var key = Countries.NameKey.Normalize(word);
        return key.StartsWith(vowel, StringComparison.Ordinal) || key.StartsWith("h" + vowel, StringComparison.Ordinal);
    }

    private static string Joined(IEnumerable<string> items, string conjunction)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {conjunction} {list[^1]}";
    }
}
