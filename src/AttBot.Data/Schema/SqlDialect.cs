using System.Data.Common;
using AttBot.Data.PostgreSql;
using AttBot.Data.Sqlite;
using Npgsql;

namespace AttBot.Data.Schema;

/// <summary>
/// The few pieces of SQL that SQLite and PostgreSQL spell differently, spliced into otherwise shared queries. Found from
/// the connection, so that static helpers holding only a connection (LoadPlans, the audit queries) can use them too.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Of(DbConnection connection) => connection is NpgsqlConnection ? PostgreSqlDialect.Instance : SqliteDialect.Instance;

    /// <summary>"<paramref name="column"/> is one of the values in the list parameter <paramref name="parameter"/>".</summary>
    public abstract string IsAnyOf(string column, string parameter);

    /// <summary>
    /// Ends a SELECT whose rows the transaction will change depending on what it read: they stay as read until the commit.
    /// </summary>
    public abstract string LockingRowsRead { get; }

    /// <summary>
    /// Ends a SELECT of rows that the statement will claim: rows another transaction is claiming at that moment are
    /// skipped, so that two claimers never take the same row.
    /// </summary>
    public abstract string SkippingLockedRows { get; }

    /// <summary>An integer expression as text with leading zeros to at least <paramref name="digits"/> digits.</summary>
    public abstract string ZeroPadded(string expression, int digits);
}

public static class SqlDialectExtensions
{
    /// <inheritdoc cref="SqlDialect.IsAnyOf"/>
    public static string IsAnyOf(this DbConnection connection, string column, string parameter) => SqlDialect.Of(connection).IsAnyOf(column, parameter);
}
