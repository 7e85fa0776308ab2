using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// Grid column expressions that stay the same object on every render. MudBlazor compiles a <c>PropertyColumn</c>'s
/// <c>Property</c> (<c>Expression.Compile</c>, a fraction of a millisecond each) whenever it is handed a different
/// expression object, and C# builds a new expression tree every time a lambda in markup runs: so each render of a grid
/// page compiled all its columns again — on every open page after every live change, which was the largest single cost
/// of a change per circuit. <c>Property="Stable.Property((OrderRow r) =&gt; r.SapOrderId)"</c> hands the column the
/// expression built the first time at that place in the source, so it compiles once per process.
/// </summary>
public static class Stable
{
    private static readonly ConcurrentDictionary<(string File, int Line, string Text, Type Row, Type Value), LambdaExpression> Built = new();

    /// <summary>The first expression built at this place in the source. It may read only the row (no page state, no
    /// captured variables): it is shared by every page and every user.</summary>
    public static Expression<Func<T, TValue>> Property<T, TValue>(Expression<Func<T, TValue>> property,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0,
        [CallerArgumentExpression(nameof(property))] string text = "")
    {
        var key = (file, line, text, typeof(T), typeof(TValue));
        if (Built.TryGetValue(key, out var built)) return (Expression<Func<T, TValue>>)built;
        new RowOnly(text).Visit(property.Body);
        return (Expression<Func<T, TValue>>)Built.GetOrAdd(key, property);
    }

    /// <summary>Rejects an expression that holds an object (a captured variable, the page itself): shared between
    /// circuits, it would show one user's page state to another and keep that page alive.</summary>
    private sealed class RowOnly(string text) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not null && !(node.Type.IsPrimitive || node.Type.IsEnum || node.Type == typeof(string) || node.Type == typeof(decimal)))
                throw new InvalidOperationException($"A grid column's Property may read only the row: {text} captures a {node.Type.Name}.");
            return node;
        }
    }
}
