namespace AttBot.Domain.Priorities;

/// <summary>
/// The step approach of the universalization work plan: where a non-party stands on the road to joining, in the
/// Secretariat's judgement. Never shown to stakeholders.
/// </summary>
public enum PriorityTier
{
    /// <summary>Tier 1: signatories likely to join soon.</summary>
    SignatoryJoiningSoon = 1,
    /// <summary>Tier 2: signatories likely to join in the coming years.</summary>
    SignatoryComingYears = 2,
    /// <summary>Tier 3: other states inclined to join.</summary>
    InclinedToJoin = 3,
    /// <summary>Tier 4: all others. A non-party nobody has placed yet is here.</summary>
    Others = 4,
}

public static class PriorityWords
{
    public static string Describe(PriorityTier tier) => tier switch
    {
        PriorityTier.SignatoryJoiningSoon => "Tier 1 · signatory likely to join soon",
        PriorityTier.SignatoryComingYears => "Tier 2 · signatory likely to join in the coming years",
        PriorityTier.InclinedToJoin => "Tier 3 · inclined to join",
        _ => "Tier 4 · all others",
    };

    /// <summary>
    /// A priority state's planned outreach within the horizon the card looked at: "nothing planned" says which days it
    /// means, since a state with nothing in the next 90 days may well have a visit planned the month after.
    /// </summary>
    public static string PlannedWithin(int planned, int days) =>
        planned == 0 ? $"⚠ nothing planned in the next {days} days" : $"{planned} planned in the next {days} days";

    /// <summary>" · said 3 March 2026: we expect to ratify this year…" after a state's name; nothing when it has said nothing.</summary>
    public static string Said(DeclaredIntention? latest) =>
        latest is { } l ? $" · said {Treaty.StatusWording.Date(l.DeclaredOn)}: {(l.Statement.Length <= 80 ? l.Statement : l.Statement[..80] + "…")}" : "";

    /// <summary>The gaps card's line when there is none.</summary>
    public static string NoGaps(int days) => $"None: every tier 1 to 3 state here has outreach planned in the next {days} days.";

    /// <summary>"1", "tier 1", "t1": the tier; null for anything else.</summary>
    public static PriorityTier? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace("tier", "").Replace("t", "").Trim();
        return t switch { "1" => PriorityTier.SignatoryJoiningSoon, "2" => PriorityTier.SignatoryComingYears, "3" => PriorityTier.InclinedToJoin, "4" => PriorityTier.Others, _ => null };
    }
}
