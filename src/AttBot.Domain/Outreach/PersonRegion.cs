using AttBot.Domain.Countries;

namespace AttBot.Domain.Outreach;

/// <summary>Why a person's page shows the region it shows.</summary>
public enum RegionReason
{
    /// <summary>The person is its regional champion.</summary>
    Champion,
    /// <summary>Their registrations reach it.</summary>
    Registrations,
    /// <summary>Nothing points to a region: the world is shown.</summary>
    None,
}

/// <summary>The region a person works on, for their own page: a region name (null for the world) and why it is theirs.</summary>
public sealed record PersonRegion(string? Name, RegionReason Reason)
{
    /// <summary>
    /// The region they champion (the first granted, when several); else where their planned registrations go (all of
    /// them when none is still planned): the region they registered for by name when they always named the same one,
    /// otherwise the M49 region that holds most of their states, the one of their first-listed registration on a tie;
    /// else the world.
    /// </summary>
    public static PersonRegion Of(IReadOnlyList<string> championedRegions, IReadOnlyList<OutreachPlan> plans, Func<string, Country?> findByIso3)
    {
        if (championedRegions.Count > 0)
            return new PersonRegion(championedRegions[0], RegionReason.Champion);
        var planned = plans.Where(p => p.State == OutreachState.Planned).ToList();
        var counted = planned.Count > 0 ? planned : plans;
        if (counted.Count > 0 && counted.All(p => p.Region is not null && p.Region == counted[0].Region))
            return new PersonRegion(counted[0].Region, RegionReason.Registrations);
        var most = counted
            .SelectMany((plan, order) => plan.Countries.Select(iso3 => (Region: findByIso3(iso3)?.Region, Order: order)))
            .Where(r => r.Region is not null)
            .GroupBy(r => r.Region!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(r => r.Order))
            .FirstOrDefault();
        return most is null ? new PersonRegion(null, RegionReason.None) : new PersonRegion(most.Key, RegionReason.Registrations);
    }
}
