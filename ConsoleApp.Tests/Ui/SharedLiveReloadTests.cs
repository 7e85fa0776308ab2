using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Tests.Ui;

/// <summary>Live grids that show the same query to users of the same access reload with one read per change
/// (SharedReads behind ServerGrid's own live reload); other queries, tenants and roles read on their own.</summary>
public sealed class SharedLiveReloadTests
{
    private static readonly LiveFeed Feed = new(new LiveTopic("fruit"), Tenant.Partner(DemoData.PartnerId));

    private static List<GridHost.Row> Fruit(int count) => [.. Enumerable.Range(1, count).Select(i => new GridHost.Row($"Apple {i:00}", i))];

    private static string Total(IRenderedComponent<GridHost> host) => host.Find("[data-testid=fruit-total]").TextContent;

    /// <summary>Open grids in one bUnit context (like circuits of one user) on the console's singletons.</summary>
    private static List<IRenderedComponent<GridHost>> Open(BunitContext ctx, int count, List<GridHost.Row> rows, LiveFeed feed, string? view = null, Func<Task>? gate = null)
    {
        var hosts = Enumerable.Range(0, count)
            .Select(_ => ctx.Render<GridHost>(p => p.Add(h => h.Rows, rows).Add(h => h.Live, feed).Add(h => h.View, view).Add(h => h.Gate, gate)))
            .ToList();
        foreach (var host in hosts) host.WaitForAssertion(() => Assert.Equal($"{rows.Count} fruits", Total(host)));
        return hosts;
    }

    private static BunitContext Context(AsyncServiceScope scope, UserContext user)
    {
        var ctx = new BunitContext();
        ctx.UseConsole(scope, user);
        ctx.RenderProviders();
        return ctx;
    }

    private static int Reads(IEnumerable<IRenderedComponent<GridHost>> hosts) => hosts.Sum(h => h.Instance.Queries.Count);

    /// <summary>The reads so far, once the grids' first loads are over (a busy machine may still be finishing one after
    /// the total shows), so only the change's reads are counted after it.</summary>
    private static async Task<int> SettledReads(IEnumerable<IRenderedComponent<GridHost>> hosts)
    {
        var list = hosts.ToList();
        var seen = Reads(list);
        for (var quiet = 0; quiet < 10; quiet++)
        {
            await Task.Delay(100);
            if (Reads(list) != seen) (seen, quiet) = (Reads(list), 0);
        }
        return seen;
    }

    [Fact]
    public async Task Change_ManyGridsOfSameQueryAndAccess_ReloadWithOneRead()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = Context(scope, TestUsers.PartnerAdmin);
        // Another admin of the same partner: other user, same access, same rows.
        var colleague = TestUsers.PartnerAdmin with { UserId = "second-admin", Email = "second.admin@demo.test", DisplayName = "Second Admin" };
        await using var colleagueScope = console.As(colleague);
        await using var colleagueCtx = Context(colleagueScope, colleague);
        var rows = Fruit(3);
        var hosts = Open(ctx, 6, rows, Feed).Concat(Open(colleagueCtx, 4, rows, Feed)).ToList();
        var before = await SettledReads(hosts);

        rows.Add(new("Banana", 9));
        console.Services.GetRequiredService<IChangeNotifier>().Publish(Feed.Topic, 4, Feed.Tenant);

        foreach (var host in hosts) host.WaitForAssertion(() => Assert.Equal("4 fruits", Total(host)));
        var shared = console.Services.GetRequiredService<SharedReads>();
        Assert.True(1 == Reads(hosts) - before, $"reads {Reads(hosts) - before}, started {shared.Started}, joined {shared.Joined}; " +
            string.Join(" | ", hosts.Select(h => string.Join(",", h.Instance.Queries))));
    }

    [Fact]
    public async Task Change_GridsOfOtherViewsOrTenants_ReadOnTheirOwn()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = Context(scope, TestUsers.PartnerAdmin);
        var rows = Fruit(3);
        var red = Open(ctx, 3, rows, Feed, view: "red");
        var green = Open(ctx, 3, rows, Feed, view: "green");
        // The same query for another partner (its own feed): never handed partner 1's read.
        var otherFeed = Feed with { Tenant = Tenant.Partner(DemoData.OtherPartnerId) };
        var other = Open(ctx, 2, rows, otherFeed, view: "red");
        var before = (Red: await SettledReads(red), Green: await SettledReads(green), Other: await SettledReads(other));
        var notifier = console.Services.GetRequiredService<IChangeNotifier>();

        rows.Add(new("Banana", 9));
        notifier.Publish(Feed.Topic, 4, Feed.Tenant);
        notifier.Publish(otherFeed.Topic, 4, otherFeed.Tenant);

        foreach (var host in red.Concat(green).Concat(other)) host.WaitForAssertion(() => Assert.Equal("4 fruits", Total(host)));
        Assert.Equal(1, Reads(red) - before.Red);
        Assert.Equal(1, Reads(green) - before.Green);
        Assert.Equal(1, Reads(other) - before.Other);
    }

    [Fact]
    public async Task Change_UsersOfAnotherRoleInTheSameTenant_ReadOnTheirOwn()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var adminScope = console.As(TestUsers.PartnerAdmin);
        await using var staffScope = console.As(TestUsers.PartnerStaff);
        await using var adminCtx = Context(adminScope, TestUsers.PartnerAdmin);
        await using var staffCtx = Context(staffScope, TestUsers.PartnerStaff);
        var rows = Fruit(3);
        var admins = Open(adminCtx, 3, rows, Feed);
        var staff = Open(staffCtx, 3, rows, Feed);
        var before = (Admins: await SettledReads(admins), Staff: await SettledReads(staff));

        rows.Add(new("Banana", 9));
        console.Services.GetRequiredService<IChangeNotifier>().Publish(Feed.Topic, 4, Feed.Tenant);

        foreach (var host in admins.Concat(staff)) host.WaitForAssertion(() => Assert.Equal("4 fruits", Total(host)));
        // A service may filter by role, so a role's rows are never handed to another role.
        Assert.Equal(1, Reads(admins) - before.Admins);
        Assert.Equal(1, Reads(staff) - before.Staff);
    }

    [Fact]
    public async Task Change_WhileTheSharedReadRuns_ReadsAgainAfterIt()
    {
        await using var console = await TestConsole.StartAsync(seed: false);
        await using var scope = console.As(TestUsers.PartnerAdmin);
        await using var ctx = Context(scope, TestUsers.PartnerAdmin);
        var reads = console.Services.GetRequiredService<SharedReads>();
        var notifier = console.Services.GetRequiredService<IChangeNotifier>();
        TaskCompletionSource? gate = null;
        var rows = Fruit(3);
        var hosts = Open(ctx, 4, rows, Feed, gate: () => gate?.Task ?? Task.CompletedTask);
        var before = await SettledReads(hosts);

        // The first change's read takes the rows as they are now (4), then waits, like a slow query.
        gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rows.Add(new("Banana", 9));
        notifier.Publish(Feed.Topic, 4, Feed.Tenant);
        await Eventually.TrueAsync(() => reads.Joined >= 3, TimeSpan.FromSeconds(10));
        Assert.Equal(1, Reads(hosts) - before);

        // A second change commits while that read runs: its rows must not be the last word.
        rows.Add(new("Cherry", 10));
        notifier.Publish(Feed.Topic, 5, Feed.Tenant);
        var first = gate;
        gate = null;
        first.SetResult();

        foreach (var host in hosts) host.WaitForAssertion(() => Assert.Equal("5 fruits", Total(host)));
        Assert.Equal(2, Reads(hosts) - before);
    }
}
