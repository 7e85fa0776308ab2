using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Ui;

/// <summary>After a live reload only the rows that changed render again: rows are kept by value (records, keyed by the
/// grid), and components in cells sit in a LiveCell, which renders only when what it shows changed.</summary>
public sealed class LiveRowRenderTests
{
    private static readonly LiveFeed Feed = new(new LiveTopic("fruit"), Tenant.Partner(DemoData.PartnerId));

    [Fact]
    public async Task Change_OneRowOfThree_OnlyThatRowsCellRendersAgain()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = new BunitContext();
        ctx.UseConsole(scope, TestUsers.PartnerAdmin);
        ctx.RenderProviders();
        var rows = new List<GridHost.Row> { new("Apple", 1), new("Banana", 2), new("Cherry", 3) };
        var host = ctx.Render<LiveRowsHost>(p => p.Add(h => h.Rows, rows).Add(h => h.Live, Feed));
        host.WaitForAssertion(() => Assert.Equal(1, host.Instance.Renders.GetValueOrDefault("kept Cherry")));
        var before = new Dictionary<string, int>(host.Instance.Renders);

        rows[1] = rows[1] with { Count = 99 };
        console.Services.GetRequiredService<IChangeNotifier>().Publish(Feed.Topic, "Banana", Feed.Tenant);

        host.WaitForAssertion(() => Assert.Contains(">99<", host.Markup));
        var renders = host.Instance.Renders;
        // Unchanged rows: their cell components did not render again (every reload hands over new, equal records).
        Assert.Equal(before["kept Apple"], renders["kept Apple"]);
        Assert.Equal(before["kept Cherry"], renders["kept Cherry"]);
        // The changed row did (a new row: its item, the row's key, changed).
        Assert.True(renders["kept Banana"] > before["kept Banana"]);
        // Without LiveCell every row's component renders again on every reload: what LiveCell saves.
        Assert.True(renders["bare Apple"] > before["bare Apple"]);
        Assert.True(renders["bare Cherry"] > before["bare Cherry"]);
    }
}
