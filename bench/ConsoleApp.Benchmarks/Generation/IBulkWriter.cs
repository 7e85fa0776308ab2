using System.Data.Common;

namespace ConsoleApp.Benchmarks.Generation;

/// <summary>Writes generated rows into one database: SQLite (<see cref="BulkInserter"/>, prepared INSERTs) or
/// PostgreSQL (<see cref="PostgresBulkWriter"/>, binary COPY). Columns and conversions come from the EF model.</summary>
internal interface IBulkWriter
{
    DbConnection Connection { get; }

    /// <summary>Inserts <paramref name="rows"/>, returns how many.</summary>
    Task<int> InsertAsync<T>(IEnumerable<T> rows) where T : class;

    /// <summary>The next free key of <paramref name="table"/> (its largest <c>Id</c> + 1).</summary>
    long NextId(string table);
}
