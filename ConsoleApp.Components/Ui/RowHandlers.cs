namespace ConsoleApp.Components.Ui;

/// <summary>
/// One event handler per row key that stays the same delegate on every render. A handler written as a lambda in a grid
/// cell (<c>@onclick="() => Open(context.Item.Id)"</c>) is a new delegate each time the grid renders, so after every
/// live reload the renderer re-registers the handler of every row and sends each one to the browser. With
/// <c>@onclick="_open.For(context.Item.Id)"</c> an unchanged row's element compares equal and costs nothing, without a
/// <see cref="LiveCell"/> (a component, which costs heap on every open page). Keeps the handlers of the last
/// <see cref="Limit"/> keys, enough for any page of rows.
/// </summary>
public sealed class RowHandlers<TKey>(Func<TKey, Task> handler) where TKey : notnull
{
    public const int Limit = 500;
    private readonly Dictionary<TKey, Func<Task>> _handlers = [];

    public Func<Task> For(TKey key)
    {
        if (_handlers.TryGetValue(key, out var existing)) return existing;
        if (_handlers.Count >= Limit) _handlers.Clear();
        return _handlers[key] = () => handler(key);
    }
}
