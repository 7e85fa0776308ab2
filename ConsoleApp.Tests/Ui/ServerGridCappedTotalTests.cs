using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Ui;

/// <summary>A total the service counted only so far (<c>GridResult.TotalIsCapped</c>): a big view without a search says
/// "more than N" without asking to narrow, a broad search asks to keep typing, and the pager goes on to the next page.</summary>
public sealed class ServerGridCappedTotalTests
{
    private static readonly GridHost.Row[] Fruit =
        [.. Enumerable.Range(1, 30).Select(i => new GridHost.Row($"Apple {i:00}", i)), new("Banana", 7), new("Cherry", 3)];

    [Fact]
    public async Task CappedView_WithoutSearch_SaysMoreThanAndPagesOn()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.CountCap, 26));

        host.WaitForAssertion(() => Assert.Equal("More than 26 fruits", host.Find("[data-testid=fruit-total]").TextContent));
        Assert.Contains("1-25 of more than 26", host.Find(".mud-table-pagination").TextContent);

        // The pager's buttons: first, previous, next, last.
        var next = host.FindAll(".mud-table-pagination-actions button")[2];
        Assert.False(next.HasAttribute("disabled"));
        next.Click();

        host.WaitForAssertion(() => Assert.Equal(1, host.Instance.Queries[^1].Page));
        host.WaitForAssertion(() => Assert.Equal(7, host.FindAll("tbody tr.mud-table-row").Count));
    }

    [Fact]
    public async Task CappedSearch_AsksToKeepTyping()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var host = ctx.Render<GridHost>(p => p.Add(h => h.Rows, Fruit).Add(h => h.CountCap, 26));
        host.WaitForAssertion(() => Assert.Equal("More than 26 fruits", host.Find("[data-testid=fruit-total]").TextContent));

        host.Find("input[type=text]").Input("apple");

        host.WaitForAssertion(() => Assert.Equal("More than 26 fruits match; keep typing to narrow", host.Find("[data-testid=fruit-total]").TextContent));
        host.WaitForAssertion(() => Assert.Contains("1-25 of more than 26", host.Find(".mud-table-pagination").TextContent));
        host.Find("input[type=text]").Input("apple 0");
        host.WaitForAssertion(() => Assert.Equal("9 fruits", host.Find("[data-testid=fruit-total]").TextContent));
        host.WaitForAssertion(() => Assert.Contains("1-9 of 9", host.Find(".mud-table-pagination").TextContent));
        Assert.DoesNotContain("more than", host.Find(".mud-table-pagination").TextContent);
    }
}
