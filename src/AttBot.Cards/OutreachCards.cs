using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;
using Words = AttBot.Domain.Language.RegistrationCardWords;

namespace AttBot.Cards;

/// <summary>
/// The outreach cards: the registration form and its confirmation, lists of registrations, conflict alerts and notes.
/// Who may see what is decided here through <see cref="Viewer"/>, so no card can show a restricted record by mistake.
/// </summary>
public static partial class OutreachCards
{
    /// <summary>Beyond this many, a list says "and N more": a card must stay small enough for Teams.</summary>
    public const int MaxListed = 20;
    internal const int MaxConflictsShown = 10;
    private const int MaxStatesInLine = 8;
    private const int MaxTextInList = 200;

    /// <summary>"Registered OR-0042": the record as stored, then any overlaps with other registrations.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject RegistrationConfirmation(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language = Language.English)
    {
        var heading = Words.Registered(plan.PublicId, language);
        var body = new List<JsonNode> { Heading(heading), Facts(ConfirmationFacts(plan, countryName, language)) };
        var warnings = Warnings(plan, conflicts, viewer, countryName, LinkStyle.Teams, language);
        if (warnings.Count > 0)
        {
            body.Add(Text(Words.PossibleDuplications(conflicts.Count, language),
                weight: "Bolder", color: CardColors.Caution, separator: true, spacing: "Medium"));
            body.AddRange(warnings.SelectMany(lines => lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Small" : "None"))));
            if (conflicts.Count > MaxConflictsShown)
                body.Add(Text(Words.More(conflicts.Count - MaxConflictsShown, language), subtle: true));
        }

        var fallback = Words.Summary(heading, StatesOf(plan, countryName, language), Words.Window(plan.Window, language),
            OutreachTermWords.Kind(plan.Kind, language), language);
        if (warnings.Count > 0)
            fallback += Words.PossibleDuplicationLead(language) +
                Sentences(Warnings(plan, conflicts, viewer, countryName, LinkStyle.Plain, language).SelectMany(l => l));
        return Card(fallback, body);
    }

    /// <summary>The other side of each overlap; anonymous overlaps that read alike are told once, repeating them would look like a fault.</summary>
    internal static List<List<string>> Warnings(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        LinkStyle style, Language language = Language.English) =>
        conflicts.Take(MaxConflictsShown).Select(c => OtherSide(c, c.OtherThan(plan), viewer, countryName, style, language))
            .DistinctBy(lines => string.Join("\n", lines)).ToList();

    /// <summary>The record as stored, Teams and Slack alike.</summary>
    internal static List<(string, string)> ConfirmationFacts(OutreachPlan plan, Func<string, string> countryName, Language language)
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

    /// <summary>The title of "outreach Tonga" (<paramref name="state"/>) or, with no state, of "mine".</summary>
    public static string ListTitle(Country? state, Language language) =>
        state is null ? OutreachListWords.Mine(language) : OutreachListWords.ForState(PlaceNames.State(state, language), language);

    /// <summary>What the list says when it has no registration (markdown).</summary>
    public static string ListEmptyText(Country? state, Language language) =>
        state is null ? OutreachListWords.NoneOfYours(language) : OutreachListWords.NoneForState(PlaceNames.State(state, language), language);

    /// <summary>Registrations for "outreach Tonga" and "mine": one short block each, restricted ones anonymised.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject OutreachList(string title, IReadOnlyList<OutreachPlan> plans, Viewer viewer, Func<string, string> countryName, string emptyText,
        Language language = Language.English)
    {
        var body = new List<JsonNode> { Heading(title) };
        if (plans.Count == 0)
            return Card($"{title}: {emptyText}", [.. body, Text(emptyText)]);

        var blocks = plans.Take(MaxListed).Select(p => ListLines(p, viewer, countryName, language)).ToList();
        // A separator above each headline groups a plan's lines; containers would cost a twentieth of the size limit.
        body.AddRange(blocks.SelectMany(lines => lines.Select((line, i) => (JsonNode)(i == 0
            ? Text(line, weight: "Bolder", separator: true)
            : Text(line, spacing: "None")))));
        var more = plans.Count > MaxListed ? OutreachListWords.More(plans.Count - MaxListed, language) : null;
        if (more is not null)
            body.Add(Text(more, subtle: true, separator: true));

        // Only the headlines: the blocks in full would double the size of a long list.
        var fallback = $"{title}: " + string.Join("; ", blocks.Select(lines => lines[0])) + (more is null ? "" : $" {more}");
        return Card(fallback, body);
    }

    /// <summary>A short confirmation such as "Alerts on" or "Cancelled OR-0042".</summary>
    public static JsonObject Notice(string heading, string text) =>
        Card($"{heading}. {text}", [Heading(heading), Text(text)]);

    /// <summary>One plan in a list: headline, who and where, and the outcome for those who may read findings.</summary>
    internal static List<string> ListLines(OutreachPlan plan, Viewer viewer, Func<string, string> countryName, Language language = Language.English)
    {
        var window = Words.Window(plan.Window, language);
        if (!viewer.CanSeeDetailsOf(plan))
            return [PlanWords.Anonymous(window, plan.State, language)];

        var restricted = plan.Visibility == Visibility.Restricted ? $" · {OutreachTermWords.Visibility(Visibility.Restricted, language)}" : "";
        var lines = new List<string>
        {
            $"{plan.PublicId} · {window} · {OutreachTermWords.Kind(plan.Kind, language)} · {OutreachTermWords.State(plan.State, language)}{restricted}",
            $"{Who(plan)} · {StateLine(plan.Countries, countryName, plan.Region, language)}",
        };
        if (viewer.FindingsOf(plan) is { } outcome)
            lines.Add(PlanWords.Outcome(Shorten(outcome, MaxTextInList), language));
        return lines;
    }

    /// <summary>
    /// The other side of a possible duplication as <paramref name="viewer"/> may see it: what it is, how close it is to
    /// the viewer's side, and how to reach its organizer, written for <paramref name="style"/> (escaped for Slack).
    /// Without the right to its details only the shared states, the window and how close it is are told: never the
    /// other's name, organization, kind, topics, id or notes, nor a link or mention.
    /// </summary>
    internal static List<string> OtherSide(Conflict conflict, OutreachPlan other, Viewer viewer, Func<string, string> countryName,
        LinkStyle style = LinkStyle.Plain, Language language = Language.English)
    {
        var shared = StateLine(conflict.SharedCountries, countryName, language: language);
        var window = Words.Window(other.Window, language);
        var closeness = DuplicationWords.Closeness(conflict.OtherThan(other), other, viewer, language);
        var lines = !viewer.CanSeeDetailsOf(other)
            ? [Words.Anonymous(shared, window, closeness, language)]
            : new List<string> { Words.OtherSummary(other.PublicId, Who(other, language), OutreachTermWords.Kind(other.Kind, language), window, closeness, shared, language) };
        if (style == LinkStyle.Slack)
            lines = lines.Select(BlockKit.Mrkdwn.Escape).ToList();
        lines.Add(conflict.Kind == ConflictKind.AlreadyRegistered && viewer.CanSeeDetailsOf(other)
            ? Words.AlreadyRegistered(other.PublicId, shared, window, language)
            : DuplicationWords.Coordinate(other, viewer, style, language));
        return lines;
    }

    internal static string Who(OutreachPlan plan, Language language = Language.English)
    {
        var (name, organization) = Named(plan, language);
        return $"{name} ({organization})";
    }

    /// <summary>The organizer and organization as the reader may know them: a redacted record (Audience.Redacted) names neither.</summary>
    internal static (string Name, string Organization) Named(OutreachPlan plan, Language language) =>
        plan.Organizer is { UserId.Length: 0, DisplayName: Domain.Places.Audience.AnotherStakeholder }
            ? (PlanWords.Unnamed(language), OutreachTermWords.Visibility(Visibility.Restricted, language).ToLowerInvariant())
            : (plan.Organizer.DisplayName, plan.Organization);

    internal static string TopicList(OutreachPlan plan, Language language = Language.English) =>
        string.Join(", ", plan.Topics.Select(t => OutreachTermWords.Topic(t, language)));

    /// <summary>Every state of the record, as registered: "Oceania (non-parties): Fiji, Tonga" for a region.</summary>
    internal static string StatesOf(OutreachPlan plan, Func<string, string> countryName, Language language = Language.English)
    {
        var names = string.Join(", ", plan.Countries.Select(countryName));
        return plan.Region is { } region ? Words.RegionStates(PlaceNames.Region(region, language), names, language) : names;
    }

    /// <summary>States in a running line, cut after a few: a region can hold thirty.</summary>
    internal static string StateLine(IReadOnlyList<string> iso3s, Func<string, string> countryName, string? region = null,
        Language language = Language.English)
    {
        var names = string.Join(", ", iso3s.Take(MaxStatesInLine).Select(countryName));
        if (iso3s.Count > MaxStatesInLine)
            names += Words.AndMore(iso3s.Count - MaxStatesInLine, language);
        return region is null ? names : Words.RegionStates(PlaceNames.Region(region, language), names, language);
    }

    /// <summary>Card lines run together for the plain-text fallback, each ending as a sentence.</summary>
    internal static string Sentences(IEnumerable<string> lines) => string.Join(" ", lines.Select(l => l.EndsWith('.') ? l : l + "."));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
