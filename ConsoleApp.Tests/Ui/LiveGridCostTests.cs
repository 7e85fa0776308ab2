using System.Linq.Expressions;
using System.Text.RegularExpressions;
using ConsoleApp.Components.Ui;

namespace ConsoleApp.Tests.Ui;

/// <summary>What keeps a live grid cheap per open page: column expressions built once (MudBlazor compiles a column's
/// expression again whenever it gets a new object), and row handlers that stay the same delegate across renders.</summary>
public sealed partial class LiveGridCostTests
{
    private sealed record Fruit(string Name, int Count);

    private static Expression<Func<Fruit, string>> NameColumn() => Stable.Property((Fruit f) => f.Name);

    [Fact]
    public void StableProperty_SamePlaceInTheSource_SameExpressionEveryTime()
    {
        var first = NameColumn();
        Assert.Same(first, NameColumn());
        Assert.Equal("Apple", first.Compile()(new Fruit("Apple", 1)));
        // Another place in the source is another column.
        Assert.NotSame(first, Stable.Property((Fruit f) => f.Name));
    }

    [Fact]
    public void StableProperty_ReadsPageState_Refused()
    {
        var suffix = " (page state)";
        var ex = Assert.Throws<InvalidOperationException>(() => Stable.Property((Fruit f) => f.Name + suffix));
        Assert.Contains("may read only the row", ex.Message);
    }

    [Fact]
    public async Task RowHandlers_SameKey_SameDelegateThatCallsWithTheKey()
    {
        var opened = new List<int>();
        var handlers = new RowHandlers<int>(id => { opened.Add(id); return Task.CompletedTask; });

        var seven = handlers.For(7);
        Assert.Same(seven, handlers.For(7));
        Assert.NotSame(seven, handlers.For(8));
        await seven();
        await handlers.For(8)();
        Assert.Equal([7, 8], opened);
    }

    [Fact]
    public void GridPages_DeclareColumnExpressionsThroughStable()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ConsoleApp.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "ConsoleApp.Components"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => InlineColumnExpression().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .ToList();
        Assert.Empty(offenders);
    }

    // A PropertyColumn whose Property is a lambda written in place (a new expression, compiled again, on every render).
    [GeneratedRegex("""<PropertyColumn[^>]*\sProperty="(?!Stable\.Property\()[^"]*""")]
    private static partial Regex InlineColumnExpression();
}
