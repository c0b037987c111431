using AttBot.Data.Schema;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Sqlite;

/// <summary>
/// The writer's own connection and the statements it has compiled: Microsoft.Data.Sqlite keeps a command's compiled
/// statement between executions, so each statement is prepared once for the life of the connection, not once per row.
/// </summary>
internal sealed class WriterConnection(SqliteConnection connection) : IDisposable
{
    // One savepoint name is enough: each piece's savepoint is released before the next piece starts.
    public static readonly WriteStatement Savepoint = new("SAVEPOINT work");
    public static readonly WriteStatement Release = new("RELEASE work");
    public static readonly WriteStatement RollbackToSavepoint = new("ROLLBACK TO work");

    private readonly Dictionary<WriteStatement, SqliteCommand> _commands = new(ReferenceEqualityComparer.Instance);

    public SqliteConnection Sqlite => connection;

    public int Execute(WriteStatement statement, SqliteTransaction transaction, params object?[] values)
    {
        if (values.Length != statement.Parameters.Count)
            throw new ArgumentException($"The statement names {statement.Parameters.Count} parameters and was given {values.Length} values.", nameof(values));
        if (!_commands.TryGetValue(statement, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var name in statement.Parameters)
                command.Parameters.Add(new SqliteParameter(name, null));
            _commands.Add(statement, command);
        }
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
        connection.Dispose();
    }
}
