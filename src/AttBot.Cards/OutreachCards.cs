using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.OutreachLines;
using Words = AttBot.Domain.Language.RegistrationCardWords;

namespace AttBot.Cards;

/// <summary>
/// The outreach cards: the registration confirmation, lists of registrations, conflict alerts and notes, laid out from
/// the lines of <see cref="OutreachLines"/>, which decide through <see cref="Viewer"/> what each reader may see.
/// </summary>
public static partial class OutreachCards
{
    /// <summary>Beyond this many, a list says "and N more": a card must stay small enough for Teams.</summary>
    public const int MaxListed = 20;

    /// <summary>"Registered OR-0042": the record as stored, then any overlaps with other registrations.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject RegistrationConfirmation(OutreachPlan plan, IReadOnlyList<Conflict> conflicts, Viewer viewer, Func<string, string> countryName,
        Language language = Language.English)
    {
        var body = new List<JsonNode> { Heading(Words.Registered(plan.PublicId, language)), Facts(ConfirmationFacts(plan, countryName, language)) };
        var warnings = Warnings(plan, conflicts, viewer, countryName, LinkStyle.Teams, language);
        if (warnings.Count > 0)
        {
            body.Add(Text(Words.PossibleDuplications(conflicts.Count, language),
                weight: "Bolder", color: CardColors.Caution, separator: true, spacing: "Medium"));
            body.AddRange(warnings.SelectMany(lines => lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Small" : "None"))));
            if (conflicts.Count > MaxConflictsShown)
                body.Add(Text(Words.More(conflicts.Count - MaxConflictsShown, language), subtle: true));
        }
        return Card(ConfirmationText(plan, conflicts, viewer, countryName, language), body);
    }

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
        return Card(ListText(title, blocks, more), body);
    }

    /// <summary>A short confirmation such as "Alerts on" or "Cancelled OR-0042".</summary>
    public static JsonObject Notice(string heading, string text) =>
        Card($"{heading}. {text}", [Heading(heading), Text(text)]);
}
