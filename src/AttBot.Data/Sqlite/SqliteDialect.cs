using AttBot.Data.Schema;

namespace AttBot.Data.Sqlite;

/// <summary>SQLite's spelling of what PostgreSQL spells differently.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    /// <summary>Dapper expands a list parameter into (@p1, @p2, …) for SQLite.</summary>
    public override string IsAnyOf(string column, string parameter) => $"{column} IN {parameter}";

    /// <summary>Nothing: a write transaction (BEGIN IMMEDIATE) already holds SQLite's one write lock.</summary>
    public override string LockingRowsRead => "";

    /// <summary>Nothing: SQLite has one writer at a time, so no other claim can be under way.</summary>
    public override string SkippingLockedRows => "";

    public override string ZeroPadded(string expression, int digits) => $"printf('%0{digits}d', {expression})";
}
