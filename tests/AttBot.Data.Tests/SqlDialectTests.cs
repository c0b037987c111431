using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Tests;

/// <summary>What each engine's SQL says alike: a registration's public id is written in SQL as in code.</summary>
public abstract class SqlDialectTests(TestDatabase db) : IDisposable
{
    public void Dispose() => db.Dispose();

    [Theory]
    [InlineData(7, "OR-0007")]
    [InlineData(42, "OR-0042")]
    [InlineData(9999, "OR-9999")]
    [InlineData(12345, "OR-12345")] // never cut to four digits
    public void A_registration_id_padded_in_sql_reads_as_its_public_id(long id, string publicId)
    {
        using var connection = db.Connections.Open();

        var padded = connection.ExecuteScalar<string>($"SELECT 'OR-' || {SqlDialect.Of(connection).ZeroPadded("@id", 4)}", new { id });

        Assert.Equal(publicId, padded);
        Assert.Equal(publicId, Domain.Outreach.OutreachPlan.FormatId(id));
    }
}

public sealed class SqlDialectTestsOnSqlite() : SqlDialectTests(new TempDatabase());

public sealed class SqlDialectTestsOnPostgreSql() : SqlDialectTests(new PostgreSqlDatabase());
