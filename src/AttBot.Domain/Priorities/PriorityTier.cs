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

/// <summary>How a tier is typed; how it is written, in each language, is in Language.PrioritySentences.</summary>
public static class PriorityWords
{
    /// <summary>"1", "tier 1", "t1": the tier; null for anything else.</summary>
    public static PriorityTier? Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant().Replace("tier", "").Replace("t", "").Trim();
        return t switch { "1" => PriorityTier.SignatoryJoiningSoon, "2" => PriorityTier.SignatoryComingYears, "3" => PriorityTier.InclinedToJoin, "4" => PriorityTier.Others, _ => null };
    }
}
