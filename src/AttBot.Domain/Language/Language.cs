namespace AttBot.Domain.Language;

/// <summary>The treaty's working languages, the ones AttBot answers in. Anything else is answered in English.</summary>
public enum Language
{
    English,
    French,
    Spanish,
}

/// <summary>Which language a person reads: from a client's locale ("fr-FR", "es-419"), or from their own choice ("language fr").</summary>
public static class Languages
{
    public static readonly IReadOnlyList<Language> All = [Language.English, Language.French, Language.Spanish];

    /// <summary>The two-letter tag the store keeps and Teams' manifest uses: "en", "fr", "es".</summary>
    public static string Tag(Language language) => language switch
    {
        Language.French => "fr",
        Language.Spanish => "es",
        _ => "en",
    };

    /// <summary>
    /// The language of a BCP 47 locale as channels send it ("fr-FR", "fr_CA", "es-419", "ES"); null for a language
    /// AttBot does not write (the caller then falls back to English) or for nothing at all.
    /// </summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
            return null;
        var primary = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "en" => Language.English,
            "fr" => Language.French,
            "es" => Language.Spanish,
            _ => null,
        };
    }

    /// <summary>
    /// What a person may type after "language" (or "langue", "idioma"): a tag, or the language's name in any of the
    /// three ("fr", "français", "french", "francés"); null when it names none of them. "auto" is read by the caller.
    /// </summary>
    public static Language? FromChoice(string text)
    {
        var key = Countries.NameKey.Normalize(text);
        return key switch
        {
            "en" or "english" or "anglais" or "ingles" => Language.English,
            "fr" or "french" or "francais" or "frances" => Language.French,
            "es" or "spanish" or "espagnol" or "espanol" or "castellano" => Language.Spanish,
            _ => FromLocale(text.Trim().Contains('-') ? text : null),
        };
    }

    /// <summary>The language's own name, as a person choosing it looks for it: "English", "Français", "Español".</summary>
    public static string OwnName(Language language) => language switch
    {
        Language.French => "Français",
        Language.Spanish => "Español",
        _ => "English",
    };
}

/// <summary>The one rule for a reader's language: their own choice, else what their client says, else English.</summary>
public static class ReaderLanguage
{
    public static Language Of(Language? chosen, string? locale) => chosen ?? Languages.FromLocale(locale) ?? Language.English;
}
