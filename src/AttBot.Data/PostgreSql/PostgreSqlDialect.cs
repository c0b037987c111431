using AttBot.Data.Schema;

namespace AttBot.Data.PostgreSql;

/// <summary>PostgreSQL's spelling of what SQLite spells differently.</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    public static readonly PostgreSqlDialect Instance = new();

    /// <summary>Dapper hands a list to Npgsql as one array parameter (it does not expand it), which PostgreSQL compares with = ANY.</summary>
    public override string IsAnyOf(string column, string parameter) => $"{column} = ANY({parameter})";

    /// <summary>Under READ COMMITTED another transaction could change the rows between this read and the write that depends on it.</summary>
    public override string LockingRowsRead => "FOR UPDATE";

    /// <summary>
    /// Without it, a second claimer's UPDATE waits for the first's rows and then takes them again, because its list of
    /// ids was read before the first committed.
    /// </summary>
    public override string SkippingLockedRows => "FOR UPDATE SKIP LOCKED";

    // lpad also cuts a longer text to the length given: OR-12345 must not read as OR-1234.
    public override string ZeroPadded(string expression, int digits) => $"lpad(({expression})::text, greatest({digits}, length(({expression})::text)), '0')";
}
