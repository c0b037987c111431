using AttBot.Domain.Language;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Which registrations an export covers. Every part is optional; what is given must all match (the store applies it).
/// The region and the country arrive as the user typed them and are resolved by whoever holds the status table.
/// </summary>
public enum ExportFormat { Csv, Calendar }

public sealed record OutreachFilter
{
    /// <summary>Registrations whose window meets this period.</summary>
    public DateWindow? Period { get; init; }
    public string? RegionText { get; init; }
    public string? CountryText { get; init; }
    public OutreachKind? Kind { get; init; }
    public OutreachTopic? Topic { get; init; }
    public OutreachState? State { get; init; }

    /// <summary>What the filter says, for the file's title and the reply: "1 January – 31 March 2027, Asia, workshop".</summary>
    /// <param name="regionName">The region's name, in <paramref name="language"/>.</param>
    /// <param name="countryName">The state's name, in <paramref name="language"/>.</param>
    public string Describe(string? regionName, string? countryName, Language.Language language = Language.Language.English)
    {
        var parts = new List<string>();
        if (Period is not null)
            parts.Add(RegistrationCardWords.Window(Period, language));
        if (regionName is not null)
            parts.Add(regionName);
        if (countryName is not null)
            parts.Add(countryName);
        if (Kind is { } kind)
            parts.Add(OutreachTermWords.Kind(kind, language).ToLowerInvariant());
        if (Topic is { } topic)
            parts.Add(OutreachTermWords.Topic(topic, language).ToLowerInvariant());
        if (State is { } state)
            parts.Add(OutreachTermWords.State(state, language).ToLowerInvariant());
        return parts.Count == 0 ? ReportWords.AllOutreach(language) : string.Join(", ", parts);
    }
}

/// <summary>
/// Reads the words after "export csv" or "export ics": "2027-Q1 region Asia kind workshop topic accession state planned".
/// A period may come first without a keyword; the other parts each start with their keyword.
/// </summary>
public static class OutreachFilterParser
{
    private static readonly string[] Keywords = ["period", "region", "country", "kind", "topic", "state"];

    /// <summary>Whether the words name one of the filter's clauses ("region Asia", "kind workshop"), not only a place.</summary>
    public static bool NamesAClause(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(w => Keywords.Contains(w.ToLowerInvariant()));

    public static (OutreachFilter Filter, IReadOnlyList<string> Problems) Parse(string text, Language.Language language = Language.Language.English)
    {
        var filter = new OutreachFilter();
        var problems = new List<string>();
        foreach (var (keyword, value) in Clauses(text))
        {
            switch (keyword)
            {
                case "period":
                    var (period, problem) = ReportPeriod.Parse(value, language);
                    if (problem is not null)
                        problems.Add(problem);
                    filter = filter with { Period = period };
                    break;
                case "region":
                    filter = filter with { RegionText = value };
                    break;
                case "country":
                    filter = filter with { CountryText = value };
                    break;
                case "kind":
                    if (OutreachWords.ParseKind(value) is { } kind)
                        filter = filter with { Kind = kind };
                    else
                        problems.Add(ReportWords.NotAKind(value, string.Join(", ", OutreachWords.Kinds.Select(k => OutreachWords.Describe(k).ToLowerInvariant())), language));
                    break;
                case "topic":
                    if (OutreachWords.ParseTopic(value) is { } topic)
                        filter = filter with { Topic = topic };
                    else
                        problems.Add(ReportWords.NotATopic(value, language));
                    break;
                case "state":
                    if (ParseState(value) is { } state)
                        filter = filter with { State = state };
                    else
                        problems.Add(ReportWords.NotAStage(value, language));
                    break;
                default:
                    problems.Add(ReportWords.UnknownFilter(value, keywordAlone: Keywords.Contains(value), language));
                    break;
            }
        }
        return (filter, problems);
    }

    /// <summary>Splits the text at the keywords; words before the first keyword are the period.</summary>
    private static IEnumerable<(string Keyword, string Value)> Clauses(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string? keyword = "period";
        var value = new List<string>();
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (Keywords.Contains(lower))
            {
                if (value.Count > 0)
                    yield return (keyword!, string.Join(' ', value));
                else if (keyword != "period")
                    yield return ("", keyword!); // a keyword alone: Parse says so
                keyword = lower;
                value.Clear();
            }
            else
                value.Add(word);
        }
        if (value.Count > 0)
            yield return (keyword!, string.Join(' ', value));
        else if (keyword != "period")
            yield return ("", keyword);
    }

    private static OutreachState? ParseState(string word) => word.Trim().ToLowerInvariant() switch
    {
        "planned" or "live" or "upcoming" => OutreachState.Planned,
        "done" or "completed" or "held" => OutreachState.Done,
        "cancelled" or "canceled" => OutreachState.Cancelled,
        _ => null,
    };
}
