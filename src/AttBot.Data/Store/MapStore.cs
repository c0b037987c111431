using Dapper;
using AttBot.Data.Schema;

namespace AttBot.Data.Store;

/// <summary>What the map needs from the outreach table: which states have outreach planned, never who plans it.</summary>
public sealed class MapStore(StoreConnections connections)
{
    /// <summary>The states that live registrations reach within [from, to] (the status card's and region's count, by state).</summary>
    public IReadOnlySet<string> PlannedStates(DateOnly from, DateOnly to)
    {
        using var connection = connections.Open();
        return connection.Query<string>("""
            SELECT DISTINCT iso3 FROM outreach_targets
            WHERE live = 1 AND starts_on <= @To AND ends_on >= @From
            """, new { From = Codes.Date(from), To = Codes.Date(to) }).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
