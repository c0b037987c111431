using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;
using Words = AttBot.Domain.Language.RegistrationCardWords;

namespace AttBot.Domain.Language;

/// <summary>
/// A registration told in lines, the same on Teams and Slack: its confirmation, its line in a list, the other side of a
/// possible duplication. Who may read what is decided here through <see cref="Viewer"/>, so no card can show a
/// restricted record by mistake; the cards only lay these lines out.
/// </summary>
public static class OutreachLines
{
    /// <summary>Beyond this many, a confirmation says "and N more": a card must stay small enough for Teams.</summary>
    public const int MaxConflictsShown = 10;
    private const int MaxStatesInLine = 8;
    private const int MaxTextInList = 200;

    /// <summary>The title of "outreach Tonga" (<paramref name="state"/>) or, with no state, of "mine".</summary>
    public static string ListTitle(Country? state, Language language) =>
        state is null ? OutreachListWords.Mine(language) : OutreachListWords.ForState(PlaceNames.State(state, language), language);

    /// <summary>What the list says when it has no registration (markdown).</summary>
    public static string ListEmptyText(Country? state, Language language) =>
        state is null ? OutreachListWords.NoneOfYours(language) : OutreachListWords.NoneForState(PlaceNames.State(state, language), language);

    /// <summary>The record as stored.</summary>
    public static List<(string, string)> ConfirmationFacts(OutreachPlan plan, Func<string, string> countryName, Language language)
    {
        var facts = new List<(string, string)>
        {
            (Words.Label(Fact.ActingFor, language), plan.Organization),
            (Words.Label(Fact.Organizer, language), plan.Organizer.DisplayName),
            (Words.Label(Fact.States, language), StatesOf(plan, countryName, language)),
            (Words.Label(Fact.Kind, language), OutreachTermWords.Kind(plan.Kind, language)),
            (Words.Label(Fact.When, language), Words.Window(plan.Window, language)),
        };
        if (plan.Topics.Count > 0) facts.Add((Words.Label(Fact.Topics, language), TopicList(plan, language)));
        if (!string.IsNullOrWhiteSpace(plan.Partners)) facts.Add((Words.Label(Fact.Partners, language), plan.Partners));
        facts.Add((Words.Label(Fact.Visibility, language), OutreachTermWords.Visibility(plan.Visibility, language)));
        if (!string.IsNullOrWhiteSpace(plan.Notes)) facts.Add((Words.Label(Fact.Notes, language), plan.Notes));
        return facts;
    }

    /// <summary>The confirmation as plain text: "Registered OR-0042: …", then each possible duplication as sentences.</summary>
    public static string ConfirmationText(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language)
    {
        var text = Words.Summary(Words.Registered(plan.PublicId, language), StatesOf(plan, countryName, language),
            Words.Window(plan.Window, language), OutreachTermWords.Kind(plan.Kind, language), language);
        var warnings = Warnings(plan, conflicts, viewer, countryName, LinkStyle.Plain, language);
        return warnings.Count == 0 ? text : text + Words.PossibleDuplicationLead(language) + Sentences(warnings.SelectMany(l => l));
    }

    /// <summary>The other side of each overlap; anonymous overlaps that read alike are told once, repeating them would look like a fault.</summary>
    public static List<List<string>> Warnings(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        LinkStyle style, Language language) =>
        conflicts.Take(MaxConflictsShown).Select(c => OtherSide(c, c.OtherThan(plan), viewer, countryName, style, language))
            .DistinctBy(lines => string.Join("\n", lines)).ToList();

    /// <summary>One plan in a list: headline, who and where, and the outcome for those who may read findings.</summary>
    public static List<string> ListLines(OutreachPlan plan, Viewer viewer, Func<string, string> countryName, Language language)
    {
        var window = Words.Window(plan.Window, language);
        if (!viewer.CanSeeDetailsOf(plan))
            return [PlanWords.Anonymous(window, plan.State, language)];

        var restricted = plan.Visibility == Visibility.Restricted ? $" · {OutreachTermWords.Visibility(Visibility.Restricted, language)}" : "";
        var lines = new List<string>
        {
            $"{plan.PublicId} · {window} · {OutreachTermWords.Kind(plan.Kind, language)} · {OutreachTermWords.State(plan.State, language)}{restricted}",
            $"{Who(plan, language)} · {StateLine(plan.Countries, countryName, plan.Region, language)}",
        };
        if (viewer.FindingsOf(plan) is { } outcome)
            lines.Add(PlanWords.Outcome(outcome.Length <= MaxTextInList ? outcome : outcome[..MaxTextInList] + "…", language));
        return lines;
    }

    /// <summary>A list as plain text: only the headlines, as the blocks in full would double the size of a long list.</summary>
    public static string ListText(string title, IEnumerable<List<string>> entries, string? more) =>
        $"{title}: " + string.Join("; ", entries.Select(lines => lines[0])) + (more is null ? "" : $" {more}");

    /// <summary>
    /// The other side of a possible duplication as <paramref name="viewer"/> may see it: what it is, how close it is to
    /// the viewer's side, and how to reach its organizer, written for <paramref name="style"/> (escaped for Slack).
    /// Without the right to its details only the shared states, the window and how close it is are told: never the
    /// other's name, organization, kind, topics, id or notes, nor a link or mention.
    /// </summary>
    public static List<string> OtherSide(Conflict conflict, OutreachPlan other, Viewer viewer, Func<string, string> countryName,
        LinkStyle style, Language language)
    {
        var shared = StateLine(conflict.SharedCountries, countryName, language: language);
        var window = Words.Window(other.Window, language);
        var closeness = DuplicationWords.Closeness(conflict.OtherThan(other), other, viewer, language);
        var lines = !viewer.CanSeeDetailsOf(other)
            ? [Words.Anonymous(shared, window, closeness, language)]
            : new List<string> { Words.OtherSummary(other.PublicId, Who(other, language), OutreachTermWords.Kind(other.Kind, language), window, closeness, shared, language) };
        lines = EscapedFor(style, lines);
        lines.Add(conflict.Kind == ConflictKind.AlreadyRegistered && viewer.CanSeeDetailsOf(other)
            ? Words.AlreadyRegistered(other.PublicId, shared, window, language)
            : DuplicationWords.Coordinate(other, viewer, style, language));
        return lines;
    }

    /// <summary>"Ana Ruiz (Mexico)", or for a redacted record "another stakeholder (restricted)".</summary>
    public static string Who(OutreachPlan plan, Language language)
    {
        var (name, organization) = Named(plan, language);
        return $"{name} ({organization})";
    }

    /// <summary>The organizer and organization as the reader may know them: a redacted record (Audience.Redacted) names neither.</summary>
    public static (string Name, string Organization) Named(OutreachPlan plan, Language language) =>
        plan.Organizer is { UserId.Length: 0, DisplayName: Places.Audience.AnotherStakeholder }
            ? (PlanWords.Unnamed(language), OutreachTermWords.Visibility(Visibility.Restricted, language).ToLowerInvariant())
            : (plan.Organizer.DisplayName, plan.Organization);

    public static string TopicList(OutreachPlan plan, Language language) =>
        string.Join(", ", plan.Topics.Select(t => OutreachTermWords.Topic(t, language)));

    /// <summary>Every state of the record, as registered: "Oceania (non-parties): Fiji, Tonga" for a region.</summary>
    public static string StatesOf(OutreachPlan plan, Func<string, string> countryName, Language language)
    {
        var names = string.Join(", ", plan.Countries.Select(countryName));
        return plan.Region is { } region ? Words.RegionStates(PlaceNames.Region(region, language), names, language) : names;
    }

    /// <summary>States in a running line, cut after a few: a region can hold thirty.</summary>
    public static string StateLine(IReadOnlyList<string> iso3s, Func<string, string> countryName, string? region = null,
        Language language = Language.English)
    {
        var names = string.Join(", ", iso3s.Take(MaxStatesInLine).Select(countryName));
        if (iso3s.Count > MaxStatesInLine)
            names += Words.AndMore(iso3s.Count - MaxStatesInLine, language);
        return region is null ? names : Words.RegionStates(PlaceNames.Region(region, language), names, language);
    }

    /// <summary>Card lines run together for the plain-text fallback, each ending as a sentence.</summary>
    public static string Sentences(IEnumerable<string> lines) => string.Join(" ", lines.Select(l => l.EndsWith('.') ? l : l + "."));

    /// <summary>Lines escaped for Slack's mrkdwn before any link or mention is added to them; as they are for the others.</summary>
    public static List<string> EscapedFor(LinkStyle style, IEnumerable<string> lines) =>
        style == LinkStyle.Slack ? lines.Select(DuplicationWords.SlackEscaped).ToList() : lines.ToList();
}
