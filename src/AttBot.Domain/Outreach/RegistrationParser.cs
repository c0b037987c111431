using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Outreach;

/// <summary>
/// Reads the one-line registration, the words after "register":
/// <c>&lt;kind&gt; &lt;state[, state…] | region &lt;name&gt;&gt; &lt;date&gt;[..&lt;date&gt;] [topic …] [with …] [restricted] [as …] [note …]</c>,
/// e.g. "bilateral Tonga 2027-03-10..2027-03-12 topic accession". The rules, short enough for the help card:
/// <list type="bullet">
/// <item>The first word is the kind ("a"/"an" before it is skipped). A second kind word right after it is part of the
/// phrase and the first decides: "bilateral meeting" is bilateral, "regional workshop" regional. A first word that is
/// no kind but is spelled close to one ("bilaterl", "worksop", "multi") is reported as an unknown kind; any other
/// first word is left to the states (the kind is then reported missing), so no state is swallowed.</item>
/// <item>The states are the words up to the dates or the first clause word. Commas, semicolons and "、" separate
/// them; "and" or "&amp;" separate them too, except inside a state name that holds "and" ("Trinidad and Tobago",
/// "St Kitts &amp; Nevis", "Saint Vincent and the Grenadines"; see <see cref="NamesWithAnd"/>). An inverted
/// qualifier stays with its name ("Korea, Republic of"). A name in double quotes is never split. "with" right after
/// the kind is read as English ("bilateral meeting with Tonga"), not as the partners clause.</item>
/// <item>Dates are YYYY-MM-DD (one-digit months and days are fine, and so are "/" or "." for "-"). One date is a
/// one-day window; a range is written with "..", "–", "—", "/", " - " or the words to/until/through, or
/// "between … and …"; the end may leave out what it shares with the start: 2027-03-10..12, 2027-03-30..04-02.
/// The dates may stand anywhere before the note; "from"/"on" before them is dropped. Any word with a digit starts
/// the dates, except in the with and as clauses, where only a date does ("with the G7" stays text). Dates in words
/// ("10 March 2027") are named back with the format to use.</item>
/// <item>Clause words, in any order and any case: "topic"/"topics" (several topics separated by commas, "and", "/"),
/// "region", "with" (partners), "as" (the organization you act for), "restricted" (a flag, anywhere). Each of topic,
/// region, with and as opens its clause the first time it appears; after that it is an ordinary word, so
/// "as Germany with France as co-host" keeps "as co-host" in the partners. A clause runs to the next clause word
/// or the dates. Text in double quotes is never read as clause words or dates: with "UNIDIR as observer".</item>
/// <item>"note" (or "notes") comes last: everything after it, verbatim and with its line breaks, is the note, even
/// words such as "topic" or "with".</item>
/// </list>
/// Nothing is resolved or checked against today here: the caller resolves the states and runs
/// <see cref="RegistrationRules.Check"/>. What was understood is always returned, problems or not.
/// </summary>
public static partial class RegistrationParser
{
    /// <summary>The words that separate two states: "and", "et", "y" ("e" before an "i" sound) and "&amp;".</summary>
    private static readonly HashSet<string> AndWords = new(StringComparer.OrdinalIgnoreCase) { "and", "&", "et", "y", "e" };

    /// <summary>
    /// State names (and a few territories and a region) that hold "and", compared as <see cref="NameKey"/> reduces
    /// them, so "St. Kitts &amp; Nevis" and "Sao Tomé and Príncipe" match too.
    /// </summary>
    private static readonly HashSet<string> NamesWithAnd = new[]
    {
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Saint Kitts and Nevis",
        "Saint Christopher and Nevis",
        "Saint Vincent and the Grenadines",
        "Sao Tome and Principe",
        "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland",
        "Great Britain and Northern Ireland",
        // Territories, not states, but people list them with states and they are one place each.
        "Heard Island and McDonald Islands",
        "Turks and Caicos Islands",
        "Wallis and Futuna",
        "Saint Pierre and Miquelon",
        "South Georgia and the South Sandwich Islands",
        "Svalbard and Jan Mayen",
        // A region typed without "region": one name, for the caller to recognize.
        "Latin America and the Caribbean",
    }
        // Every name the resolver knows, in any language: those that hold "et", "y" or "e" ("Trinité-et-Tobago" typed
        // without its hyphens, "Saint Kitts y Nevis") stay whole; the others never match two pieces joined by one.
        .Concat(CountryNames.ByIso3.Values.SelectMany(languages => languages).SelectMany(l => l.Names))
        .Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words <see cref="OutreachWords.ParseKind"/> knows, for telling a misspelled kind from a state.</summary>
    private static readonly string[] KindWords =
    [
        "bilateral", "regional", "multilateral", "workshop", "seminar", "visit", "mission", "call", "meeting", "other",
        "bilaterale", "regionale", "multilaterale", "atelier", "seminaire", "visite", "appel", "reunion", "autre",
        "taller", "seminario", "visita", "mision", "llamada", "otra", "otro",
    ];

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    };

    /// <summary>Words between two dates of a range.</summary>
    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "until", "till", "til", "through", "thru", "and", "-", "–", "—", "..", "...", "…",
        "au", "à", "jusqu'au", "jusqu’au", "et", "al", "a", "hasta", "y",
    };

    /// <summary>The words inside one Spanish date in words ("10 de marzo de 2027"), kept with it so that it is named back whole.</summary>
    private static readonly HashSet<string> DateGlue = new(StringComparer.OrdinalIgnoreCase) { "de", "del" };

    /// <summary>The range words that join the two ends of "between … and …" rather than mark a range.</summary>
    private static readonly HashSet<string> BetweenAnd = new(StringComparer.OrdinalIgnoreCase) { "and", "et", "y" };

    /// <summary>Words before the dates that belong to neither the dates nor the clause they end.</summary>
    private static readonly HashSet<string> DateIntroWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "on", "between", "during",
        "du", "le", "entre", "pendant", "desde", "del", "el", "durante",
    };

    private enum Clause { Countries, Region, Dates, Topics, Partners, Organization }

    private readonly record struct Token(string Text, int Start, int End, bool Quoted);

    /// <param name="text">What follows the word "register" (the caller strips it).</param>
    /// <param name="language">The language of the problems; the keywords of all three are read whatever it is.</param>
    public static (RegistrationRequest Request, IReadOnlyList<RegistrationProblem> Problems) Parse(string text, Lang language = Lang.English)
    {
        text ??= "";
        var tokens = Tokenize(text);
        var problems = new List<RegistrationProblem>();

        int next = 0;
        if (next < tokens.Count && !tokens[next].Quoted && Plain(tokens[next].Text) is "a" or "an" or "un" or "une" or "una")
            next++;
        OutreachKind? kind = null;
        string? unknownKind = null;
        if (next < tokens.Count && !tokens[next].Quoted && Keyword(tokens, next, out _) is null && !HasDigit(tokens[next].Text))
        {
            string word = TrimPunctuation(tokens[next].Text);
            kind = OutreachWords.ParseKind(word);
            if (kind is not null)
            {
                next++;
                if (next < tokens.Count && !tokens[next].Quoted && OutreachWords.ParseKind(TrimPunctuation(tokens[next].Text)) is not null)
                    next++; // "bilateral meeting", "regional workshop": the first word decides
            }
            else if (LooksLikeKind(word))
            {
                unknownKind = word;
                next++;
            }
        }

        List<List<Token>> countries = [[]];
        List<Token> region = [], dates = [], topics = [], partners = [], organization = [];
        var opened = new HashSet<string>(StringComparer.Ordinal);
        bool restricted = false;
        string? notes = null;
        var current = Clause.Countries;

        List<Token> Tokens(Clause clause) => clause switch
        {
            Clause.Countries => countries[^1],
            Clause.Region => region,
            Clause.Dates => dates,
            Clause.Topics => topics,
            Clause.Partners => partners,
            _ => organization,
        };

        for (int i = next; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Quoted && Keyword(tokens, i, out var span) is { } keyword)
            {
                if (keyword != "note")
                    i += span - 1; // "en tant que": the phrase is one clause word
                if (keyword == "note")
                {
                    notes = NullIfEmpty(text[tokens[i + span - 1].End..].TrimStart(':', ' ', '\t').Trim());
                    break;
                }
                if (keyword == "restricted")
                {
                    restricted = true;
                    continue;
                }
                if (keyword == "with" && current == Clause.Countries && i == next && opened.Count == 0)
                    continue; // "bilateral meeting with Tonga": English, not the partners
                if (opened.Add(keyword))
                {
                    current = keyword switch
                    {
                        "topic" => Clause.Topics,
                        "region" => Clause.Region,
                        "with" => Clause.Partners,
                        _ => Clause.Organization,
                    };
                    continue;
                }
            }

            if (!token.Quoted && current == Clause.Dates
                && (IsDatePart(token.Text, dates[^1]) || (RangeWords.Contains(token.Text) || DateGlue.Contains(token.Text)) && i + 1 < tokens.Count && !tokens[i + 1].Quoted && IsDatePart(tokens[i + 1].Text, dates[^1])))
            {
                dates.Add(token);
                continue;
            }
            if (!token.Quoted && current != Clause.Dates && HasDigit(token.Text)
                && (current is not (Clause.Partners or Clause.Organization) || LooksLikeDate(token.Text)))
            {
                // "March 10, 2027" keeps its month (but "Morocco MAR 2027-03-10" keeps its state); "from 2027-03-10" loses its "from".
                var before = Tokens(current);
                int insertAt = dates.Count;
                while (before.Count > 0 && !IsIsoDate(token.Text) && Months.Contains(TrimPunctuation(before[^1].Text)))
                {
                    dates.Insert(insertAt, before[^1]);
                    before.RemoveAt(before.Count - 1);
                }
                if (before.Count > 0 && DateIntroWords.Contains(before[^1].Text))
                    before.RemoveAt(before.Count - 1);
                current = Clause.Dates;
                dates.Add(token);
                continue;
            }
            if (current == Clause.Dates)
            {
                current = Clause.Countries;
                countries.Add([]);
            }
            Tokens(current).Add(token);
        }

        if (kind is null)
            problems.Add(unknownKind is null ? RegistrationRules.MissingKindIn(language) : UnknownKind(unknownKind, language));

        var countryNames = SplitCountries(countries);
        string? regionName = Join(region);
        if (opened.Contains("region") && regionName is null)
            problems.Add(new(RegistrationFields.Region, RegistrationSentences.NoRegionName(language)));
        else if (countryNames.Count == 0 && regionName is null)
            problems.Add(RegistrationRules.MissingCountriesIn(language));

        var (start, end) = ReadDates(dates, problems, language);

        IReadOnlyList<OutreachTopic> topicList = [];
        if (opened.Contains("topic"))
            topicList = ReadTopics(Join(topics), problems, language);

        string? partnersText = Join(partners);
        if (opened.Contains("with") && partnersText is null)
            problems.Add(new(RegistrationFields.Partners, RegistrationSentences.NoPartners(language)));

        string? organizationText = Join(organization);
        if (opened.Contains("as") && organizationText is null)
            problems.Add(new(RegistrationFields.Organization, RegistrationSentences.NoOrganization(language)));

        var request = new RegistrationRequest
        {
            Kind = kind,
            CountryNames = countryNames,
            RegionName = regionName,
            Start = start,
            End = end,
            Topics = topicList,
            Partners = partnersText,
            Restricted = restricted,
            Notes = notes,
            Organization = organizationText,
        };
        return (request, problems);
    }

    /// <summary>Only dates, as in "move OR-0042 2027-04-01..03": the window, or the problems, read as in a registration.</summary>
    public static (DateWindow? Window, IReadOnlyList<RegistrationProblem> Problems) ParseWindow(string text, Lang language = Lang.English)
    {
        var problems = new List<RegistrationProblem>();
        var (start, end) = ReadDates(Tokenize(text), problems, language);
        return problems.Count == 0 && start is { } first ? (new DateWindow(first, end), problems) : (null, problems);
    }

    /// <summary>Words split at white space; text in double quotes is one token, its quotes removed.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (IsSpace(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            if (text[i] is '"' or '“' or '„' or '”')
            {
                int close = text.IndexOfAny(['"', '”', '“'], i + 1);
                int end = close < 0 ? text.Length : close;
                tokens.Add(new Token(text[(start + 1)..end].Trim(), start, Math.Min(end + 1, text.Length), Quoted: true));
                i = end + 1;
                continue;
            }
            while (i < text.Length && !IsSpace(text[i]))
                i++;
            tokens.Add(new Token(text[start..i], start, i, Quoted: false));
        }
        return tokens;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>
    /// The clause a word opens, in any of the three languages, accents optional: "topic" (thème, tema), "region"
    /// (région, región), "with" (avec, con), "as" (en tant que, au nom de, como, en nombre de), "restricted" (restreint,
    /// restringido) or "note" (nota); otherwise null. <paramref name="span"/> is how many words the clause word takes.
    /// </summary>
    private static string? Keyword(List<Token> tokens, int i, out int span)
    {
        span = 1;
        foreach (var (phrase, clause) in KeyPhrases)
        {
            if (i + phrase.Length <= tokens.Count
                && phrase.Select((word, k) => !tokens[i + k].Quoted && Plain(tokens[i + k].Text) == word).All(same => same))
            {
                span = phrase.Length;
                return clause;
            }
        }
        return Plain(tokens[i].Text) switch
        {
            "topic" or "topics" or "theme" or "themes" or "sujet" or "sujets" or "tema" or "temas" => "topic",
            "region" => "region",
            "with" or "avec" or "con" => "with",
            "as" or "como" => "as",
            "restricted" or "restreint" or "restreinte" or "confidentiel" or "confidentielle" or "restringido" or "restringida" or "confidencial" => "restricted",
            "note" or "notes" or "nota" or "notas" => "note",
            _ => null,
        };
    }

    /// <summary>The clause words of several words, as <see cref="Plain"/> writes them.</summary>
    private static readonly (string[] Words, string Clause)[] KeyPhrases =
    [
        (["en", "tant", "que"], "as"),
        (["au", "nom", "de"], "as"),
        (["au", "nom", "du"], "as"),
        (["pour", "le", "compte", "de"], "as"),
        (["pour", "le", "compte", "du"], "as"),
        (["en", "nombre", "de"], "as"),
        (["en", "nombre", "del"], "as"),
        (["en", "representacion", "de"], "as"),
        (["en", "representacion", "del"], "as"),
    ];

    /// <summary>A word as compared with the keywords: lower case, without its punctuation or accents ("Thème:" is "theme").</summary>
    private static string Plain(string word)
    {
        var decomposed = word.ToLowerInvariant().Trim(':', ',', ';', '.', '(', ')', '[', ']').Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    private static string TrimPunctuation(string word) => word.Trim(',', ';', ':', '.', '!', '?', '(', ')', '，', '、', '；');

    private static bool HasDigit(string text) => text.Any(char.IsDigit);

    /// <summary>Digits, or a month's name next to dates in words ("10 March 2027"); "2027-03-10 MAR" is Morocco.</summary>
    private static bool IsDatePart(string text, Token previous) =>
        HasDigit(text) || Months.Contains(TrimPunctuation(text)) && !IsIsoDate(previous.Text);

    /// <summary>A YYYY-MM-DD date, alone or starting a range ("2027-03-10..2027-03-12").</summary>
    private static bool IsIsoDate(string text) => IsoDateStart().IsMatch(text.Normalize(NormalizationForm.FormKC));

    private static bool LooksLikeDate(string text) => DateShape().IsMatch(text.Normalize(NormalizationForm.FormKC));

    /// <summary>A slip or a short form of a kind word ("bilaterl", "worksop", "multi"), rather than a state's name.</summary>
    private static bool LooksLikeKind(string word)
    {
        string typed = Plain(word);
        foreach (string kind in KindWords)
        {
            if (typed.Length >= 4 && kind.StartsWith(typed, StringComparison.Ordinal))
                return true;
            int slips = kind.Length <= 5 ? 1 : 2;
            if (EditDistance.AtMost(typed, kind, slips) <= slips)
                return true;
        }
        return false;
    }

    private static RegistrationProblem UnknownKind(string word, Lang language) =>
        new(RegistrationFields.Kind, RegistrationSentences.UnknownKind(word, language));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? Join(List<Token> tokens) =>
        NullIfEmpty(string.Join(' ', tokens.Select(t => t.Text).Where(t => t.Length > 0)).Trim(' ', ',', ';', '，', '、', '；'));

    /// <summary>
    /// The states' names: commas (and quoted names, and the dates) end a name; "and"/"&amp;" end one too unless the
    /// two sides make one of <see cref="NamesWithAnd"/>.
    /// </summary>
    private static List<string> SplitCountries(List<List<Token>> segments)
    {
        // Each group was separated from the next by a comma; within a group, pieces were separated by "and"/"&".
        var groups = new List<List<(string Piece, string Joiner)>>();
        List<(string Piece, string Joiner)> group = [];
        var words = new List<string>();
        var joiners = new List<string>();
        string joiner = "";

        void EndPiece()
        {
            group.Add((string.Join(' ', words), joiner));
            words.Clear();
            joiner = "";
        }
        void EndGroup()
        {
            EndPiece();
            // "Tonga, AND": an "and" with nothing around it is Andorra's code, not a separator.
            groups.Add(group.All(p => p.Piece.Length == 0) ? [.. joiners.Select(j => (j, ""))] : group);
            group = [];
            joiners.Clear();
        }

        foreach (var segment in segments)
        {
            EndGroup();
            foreach (var token in segment)
            {
                if (token.Quoted)
                {
                    EndGroup();
                    words.Add(token.Text);
                    EndGroup();
                    continue;
                }
                if (AndWords.Contains(token.Text))
                {
                    EndPiece();
                    joiner = token.Text;
                    joiners.Add(token.Text);
                    continue;
                }
                string[] parts = CountrySeparators().Split(token.Text);
                for (int k = 0; k < parts.Length; k++)
                {
                    if (k > 0)
                        EndGroup();
                    if (parts[k].Length > 0)
                        words.Add(parts[k]);
                }
            }
        }
        EndGroup();

        var names = new List<string>();
        foreach (var pieces in groups)
        {
            var kept = pieces.Select(p => (Piece: TrimName(p.Piece), p.Joiner)).Where(p => p.Piece.Length > 0).ToList();
            for (int k = 0; k < kept.Count; k++)
            {
                string name = kept[k].Piece;
                if (k + 1 < kept.Count && NamesWithAnd.Contains(NameKey.Normalize($"{name} {(kept[k + 1].Joiner is "" or "&" ? "and" : kept[k + 1].Joiner)} {kept[k + 1].Piece}")))
                {
                    name = $"{name} {(kept[k + 1].Joiner.Length > 0 ? kept[k + 1].Joiner : "and")} {kept[k + 1].Piece}";
                    k++;
                }
                // "Korea, Republic of": the qualifier after the comma belongs to the name before it.
                if (k == 0 && names.Count > 0 && InvertedQualifier().IsMatch(name))
                    names[^1] = $"{names[^1]}, {name}";
                else
                    names.Add(name);
            }
        }
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string TrimName(string name) => name.Trim(' ', '"', '“', '”', '\'', '‘', '’', ',', ';', ':', '!', '?', '，', '、', '；');

    /// <summary>The dates, or null where none could be read; each problem names what was typed.</summary>
    private static (DateOnly? Start, DateOnly? End) ReadDates(List<Token> tokens, List<RegistrationProblem> problems, Lang language)
    {
        if (tokens.Count == 0)
        {
            problems.Add(RegistrationRules.MissingStartIn(language));
            return (null, null);
        }
        string typed = string.Join(' ', tokens.Select(t => t.Text));
        if (tokens.Any(t => Months.Contains(TrimPunctuation(t.Text))))
        {
            problems.Add(new(RegistrationFields.Start, RegistrationSentences.DatesInWords(typed, language)));
            return (null, null);
        }

        // Full-width digits and dashes (Chinese input) become plain ones; every range mark becomes " to ".
        string text = typed.Normalize(NormalizationForm.FormKC);
        text = RangeMarks().Replace(text, " to ");
        text = JoinedRange().Replace(text, "${a} to ${b}");
        var dates = text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '.', '(', ')', '[', ']', '-', '/'))
            .Where(w => w.Length > 0 && !RangeWords.Contains(w) && !DateIntroWords.Contains(w))
            .ToList();
        if (dates.Count == 0)
        {
            problems.Add(RegistrationRules.MissingStartIn(language));
            return (null, null);
        }
        // "2027-03-01.." or "2027-03-01 to": a range with one end is not a one-day window; ask for the other end.
        bool ranged = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RangeWords.Contains(w) && !BetweenAnd.Contains(w))
            || tokens[^1].Text.EndsWith('-');
        if (ranged && dates.Count == 1)
        {
            problems.Add(new(RegistrationFields.End, RegistrationSentences.OneEndOnly(typed, language)));
            return (null, null);
        }
        if (dates.Count > 2)
            problems.Add(new(RegistrationFields.Dates, RegistrationSentences.TooManyDates(dates, language)));

        DateOnly? start = ReadDate(dates[0], null, RegistrationFields.Start, problems, language);
        DateOnly? end = dates.Count > 1 ? ReadDate(dates[1], start, RegistrationFields.End, problems, language) : null;
        if (start is { } first && end is { } last && last < first)
            problems.Add(RegistrationRules.EndsBeforeStart(first, last, language));
        return (start, end);
    }

    /// <summary>
    /// One date: YYYY-MM-DD; for the end of a range also DD or MM-DD, taken from the start's month and year.
    /// A problem says why a date is not one: "There is no 30 February 2027: February has 28 days in 2027."
    /// </summary>
    private static DateOnly? ReadDate(string word, DateOnly? start, string field, List<RegistrationProblem> problems, Lang language)
    {
        int year, month, day;
        var full = FullDate().Match(word);
        var partial = start is not null ? PartialDate().Match(word) : Match.Empty;
        if (full.Success)
        {
            year = Number(full.Groups["y"].Value);
            month = Number(full.Groups["m"].Value);
            day = Number(full.Groups["d"].Value);
        }
        else if (partial.Success && start is { } from)
        {
            year = from.Year;
            month = partial.Groups["m"].Success ? Number(partial.Groups["m"].Value) : from.Month;
            day = Number(partial.Groups["d"].Value);
        }
        else if (start is null && field == RegistrationFields.End && PartialDate().IsMatch(word))
            return null; // "2027-02-30..03-02": the start is reported; the end cannot be read without it
        else
        {
            problems.Add(new(field, RegistrationSentences.NotADate(word, null, language)));
            return null;
        }

        string? why = year < 1 ? RegistrationSentences.NoYearZero(language)
            : month is < 1 or > 12 ? RegistrationSentences.NoMonth(month, language)
            : day < 1 ? RegistrationSentences.DaysStartAtOne(language)
            : day > 31 ? RegistrationSentences.NoMonthHas(day, language)
            : null;
        if (why is not null)
        {
            problems.Add(new(field, RegistrationSentences.NotADate(word, why, language)));
            return null;
        }

        int length = DateTime.DaysInMonth(year, month);
        if (day > length)
        {
            problems.Add(new(field, RegistrationSentences.NoSuchDay(day, month, year, length, language)));
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The topics named, in order and once each; a problem lists the words that are no topic.</summary>
    private static List<OutreachTopic> ReadTopics(string? text, List<RegistrationProblem> problems, Lang language)
    {
        var topics = new List<OutreachTopic>();
        if (text is null)
        {
            problems.Add(new(RegistrationFields.Topics, RegistrationSentences.NoTopic(language)));
            return topics;
        }
        var unknown = new List<string>();
        foreach (string piece in TopicSeparators().Split(text))
        {
            string word = TrimName(piece).Trim('.');
            if (word.Length == 0)
                continue;
            if (OutreachWords.ParseTopic(word) is { } topic)
            {
                if (!topics.Contains(topic))
                    topics.Add(topic);
            }
            else
                unknown.Add(word);
        }
        if (unknown.Count > 0)
            problems.Add(new(RegistrationFields.Topics, RegistrationSentences.UnknownTopics(unknown, language)));
        return topics;
    }

    [GeneratedRegex(@"[,;，、；]")]
    private static partial Regex CountrySeparators();

    [GeneratedRegex(@"\s*(?:[,;/&+，、；]|\b(?:and|et|y|e)\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicSeparators();

    [GeneratedRegex(@"\s(?:of|of the|de|du|de la|del)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvertedQualifier();

    [GeneratedRegex(@"^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"\.{2,}|…|[–—−]")]
    private static partial Regex RangeMarks();

    // "2027-03-10-2027-03-12", "2027-03-10/2027-03-12", "2027-03-10-12": a range with no space in it.
    [GeneratedRegex(@"(?<=^|\s)(?<a>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})[-/](?<b>(?:[0-9]{4}-)?(?:[0-9]{1,2}-)?[0-9]{1,2})(?=\s|$)")]
    private static partial Regex JoinedRange();

    [GeneratedRegex(@"^[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}(?![0-9])")]
    private static partial Regex IsoDateStart();

    // 2027-03-10; also 2027/3/10 and 2027.3.10, as written in East Asia: the year first is never ambiguous.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})$")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?:(?<m>[0-9]{1,2})-)?(?<d>[0-9]{1,2})$")]
    private static partial Regex PartialDate();
}
