using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Priorities;

namespace AttBot.Domain.Language;

/// <summary>Tiers, declared intentions and gaps told in facts and lines, the same on Teams and Slack.</summary>
public static class PriorityLines
{
    /// <summary>Beyond this many gaps, the first ones get a button each and the rest the plain form: a card shows six buttons at most.</summary>
    public const int GapButtons = 5;

    /// <summary>A state's status and priority tier.</summary>
    public static IReadOnlyList<(string, string)> Facts(Country country, PriorityTier tier, Language language) =>
    [
        (StatusSentences.Label(StatusSentences.Fact.Status, language), TreatyTerms.Status(country.Status, language)),
        (PrioritySentences.PriorityLabel(language), PrioritySentences.Tier(tier, language)),
    ];

    /// <summary>One button per gap that opens the form with its state picked (the most promising first).</summary>
    public static IEnumerable<(string Title, string Command)> RegisterButtons(IReadOnlyList<Gap> gaps, Language language) =>
        gaps.Take(GapButtons).Select(g => (PrioritySentences.RegisterOutreachTo(PlaceNames.State(g.Country, language), language), BotCommand.RegisterForm.For(g.Country.Iso3)))
            .Concat(gaps.Count > GapButtons ? [(PrioritySentences.RegisterOutreach(language), "register")] : []);

    /// <summary>"(Signatory, not yet ratified) · 2 planned in the next 90 days · said …" after a state's name.</summary>
    public static string Row(Country country, int planned, DeclaredIntention? latest, int days, Language language) =>
        $"({TreatyTerms.Status(country.Status, language)}) · {PrioritySentences.PlannedWithin(planned, days, language)}" +
        PrioritySentences.Said(latest?.DeclaredOn, latest?.Statement, language);

    /// <summary>"· tier 1 · Signatory, not yet ratified · said …" after a gap's name.</summary>
    public static string GapLine(Gap gap, Language language) =>
        $"· {PrioritySentences.TierNumber(gap.Tier, language)} · {TreatyTerms.Status(gap.Country.Status, language)}" +
        PrioritySentences.Said(gap.LatestIntention?.DeclaredOn, gap.LatestIntention?.Statement, language);
}
