using System.Collections.Concurrent;
using AttBot.Data.Store;
using AttBot.Domain.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Outreach;

/// <summary>
/// The planned-outreach figures a status card shows, per state and per day, kept in memory so that a status question
/// costs no database round trip; dropped whenever a registration changes, here or on another instance.
/// </summary>
public sealed class PlannedOutreachFigures(OutreachStore plans, IOptions<OutreachOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Iso3, DateOnly Day), PlannedOutreach> _summaries = new();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Live outreach reaching the state in the next days (Outreach:StatusLookaheadDays) and after them: counts only, never who.</summary>
    public PlannedOutreach PlannedSummary(string iso3) => _summaries.GetOrAdd((iso3, Today), key =>
    {
        var days = options.Value.StatusLookaheadDays;
        var horizon = key.Day.AddDays(days);
        var (count, next) = plans.PlannedSummary(key.Iso3, key.Day, horizon);
        var (later, firstLater) = plans.PlannedSummary(key.Iso3, horizon.AddDays(1), DateOnly.MaxValue, startingFrom: true);
        return new PlannedOutreach(count, next, days, later, firstLater);
    });

    /// <summary>A registration changed, here or on another instance: the figures kept here may be wrong now.</summary>
    public void PlansChanged() => _summaries.Clear();
}
