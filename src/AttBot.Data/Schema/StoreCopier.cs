using System.Globalization;
using AttBot.Data.PostgreSql;
using AttBot.Data.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace AttBot.Data.Schema;

/// <summary>
/// Moves a deployment from SQLite to PostgreSQL: migrates the empty target to the source's schema version, copies every
/// table (the audit trail too: its triggers refuse only updates and deletes) with ids and timestamps as they are, parents
/// before children, sets each identity past the copied ids, and checks the row count of every table before committing.
/// The copy is one PostgreSQL transaction, so a failure leaves the target as empty as it was; the source is only read,
/// inside one read transaction, so the bot must be stopped (or it writes rows the copy does not see).
/// </summary>
public sealed class StoreCopier(SqliteConnections source, PostgreSqlConnections target)
{
    public sealed record CopiedTable(string Table, long Rows);

    public IReadOnlyList<CopiedTable> Copy()
    {
        using var from = source.Open();
        using var read = from.BeginTransaction(deferred: true);
        var version = VersionOf(from, read, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
            ?? throw new StoreCopyException($"The source '{source.DataSource}' has no AttBot schema: is it the bot's database?");
        if (version > SchemaMigrator.LatestVersion)
            throw new SchemaTooNewException(source.DataSource, version, SchemaMigrator.LatestVersion);

        using var to = target.Open();
        RefuseUnlessEmpty(to, version);
        new SchemaMigrator(target).Migrate(upTo: version);

        using var write = to.BeginTransaction();
        // Nobody else writes while we copy (a bot started against the target would seed it): checked again under the lock.
        var tables = TablesInForeignKeyOrder(to, write);
        to.Execute($"LOCK TABLE {string.Join(", ", tables)} IN EXCLUSIVE MODE", transaction: write);
        RefuseUnlessEmpty(to, version, write);

        var sourceTables = from.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version'", transaction: read).ToHashSet();
        if (!sourceTables.SetEquals(tables))
            throw new StoreCopyException($"The source and target tables differ ({string.Join(", ", sourceTables.Except(tables).Concat(tables.Except(sourceTables)))}) at schema version {version}: the copy would not be whole.");

        var copied = new List<CopiedTable>();
        foreach (var table in tables)
        {
            var rows = CopyTable(from, read, to, write, table);
            var count = to.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", transaction: write);
            var expected = from.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", transaction: read);
            if (count != expected || rows != expected)
                throw new StoreCopyException($"Table {table}: {expected} rows in the source, {count} in the target after the copy. Nothing was committed.");
            copied.Add(new CopiedTable(table, count));
        }
        ContinueIdentities(from, read, to, write, tables);
        write.Commit();
        return copied;
    }

    private static int? VersionOf(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string tableExists) =>
        connection.ExecuteScalar<string?>(tableExists, transaction: transaction) is null
            ? null
            : connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version", transaction: transaction) ?? 0;

    /// <summary>Any row in any table (schema_version aside) refuses the copy: merging two deployments' ids is not a copy.</summary>
    private void RefuseUnlessEmpty(NpgsqlConnection to, int sourceVersion, NpgsqlTransaction? transaction = null)
    {
        var targetVersion = VersionOf(to, transaction, "SELECT to_regclass('schema_version')::text");
        if (targetVersion > sourceVersion)
            throw new StoreCopyException($"The target '{target.DataSource}' is at schema version {targetVersion}, the source at {sourceVersion}: " +
                                         "start the bot once on the SQLite store so that it migrates it, stop it, then copy.");
        foreach (var table in to.Query<string>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_version'", transaction: transaction))
        {
            if (to.ExecuteScalar<bool>($"SELECT EXISTS (SELECT 1 FROM {table})", transaction: transaction))
                throw new StoreCopyException($"The target '{target.DataSource}' is not empty (table {table} has rows): copy-store only copies into an empty database. Nothing was changed.");
        }
    }

    /// <summary>The target's tables, each after the tables its foreign keys point to.</summary>
    private static List<string> TablesInForeignKeyOrder(NpgsqlConnection to, NpgsqlTransaction transaction)
    {
        var tables = to.Query<string>("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_version' ORDER BY tablename", transaction: transaction).ToList();
        var parents = to.Query<(string Child, string Parent)>("""
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema()
            """, transaction: transaction).ToLookup(x => x.Child, x => x.Parent);
        var ordered = new List<string>();
        var pending = new List<string>(tables);
        // Bounded: each round places at least one table, or the keys form a cycle, which this schema does not have.
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => parents[t].All(p => p == t || ordered.Contains(p))).ToList();
            if (ready.Count == 0)
                throw new StoreCopyException($"The foreign keys between {string.Join(", ", pending)} form a cycle: no order to copy them in.");
            ordered.AddRange(ready);
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    /// <summary>Streams one table through PostgreSQL's binary COPY, converting each value to the target column's type.</summary>
    private static long CopyTable(SqliteConnection from, SqliteTransaction read, NpgsqlConnection to, NpgsqlTransaction write, string table)
    {
        var columns = to.Query<(string Name, string Type)>(
            "SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            new { table }, write).ToList();
        var names = string.Join(", ", columns.Select(c => c.Name));
        using var command = from.CreateCommand();
        command.Transaction = read;
        command.CommandText = $"SELECT {names} FROM {table}";
        using var reader = command.ExecuteReader();
        using var import = to.BeginBinaryImport($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        while (reader.Read())
        {
            import.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                var value = reader.GetValue(i);
                if (value is DBNull) { import.WriteNull(); continue; }
                switch (columns[i].Type)
                {
                    case "bigint": import.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
                    case "text": import.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text); break;
                    case "bytea": import.Write((byte[])value, NpgsqlDbType.Bytea); break;
                    default: throw new StoreCopyException($"Column {table}.{columns[i].Name} has type {columns[i].Type}, which the copy does not know.");
                }
            }
            rows++;
        }
        import.Complete();
        return rows;
    }

    /// <summary>
    /// Every identity continues after the highest id SQLite ever gave (sqlite_sequence remembers ids of deleted rows too),
    /// so that no id, and no OR- number, is handed out twice.
    /// </summary>
    private static void ContinueIdentities(SqliteConnection from, SqliteTransaction read, NpgsqlConnection to, NpgsqlTransaction write, IEnumerable<string> tables)
    {
        var hasSequence = from.ExecuteScalar<string?>("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'", transaction: read) is not null;
        var identities = to.Query<(string Table, string Column)>(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'",
            transaction: write).Where(x => tables.Contains(x.Table));
        foreach (var (table, column) in identities)
        {
            var highest = Math.Max(
                to.ExecuteScalar<long?>($"SELECT MAX({column}) FROM {table}", transaction: write) ?? 0,
                hasSequence ? from.ExecuteScalar<long?>("SELECT seq FROM sqlite_sequence WHERE name = @table", new { table }, read) ?? 0 : 0);
            to.Execute("SELECT setval(pg_get_serial_sequence(@table, @column), @Value, @Called)",
                new { table, column, Value = Math.Max(highest, 1), Called = highest > 0 }, write);
        }
    }
}

public sealed class StoreCopyException(string message) : Exception(message);
