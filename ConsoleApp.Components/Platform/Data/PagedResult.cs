namespace ConsoleApp.Components.Platform.Data;

/// <summary>One page of a grid, counted and cut in the database.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>Paging and sorting as a grid asks for them. <see cref="SortBy"/> is a column name the service maps
/// to a known expression (never passed to SQL as text).</summary>
public sealed record PageRequest(int Skip = 0, int Take = 25, string? SortBy = null, bool Descending = false)
{
    public int SafeTake => Math.Clamp(Take, 1, 500);
    public int SafeSkip => Math.Max(0, Skip);
}
