using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Platform;

public sealed class AuditTests
{
    [Fact]
    public async Task AuditEntries_UpdateOrDelete_IsRefused()
    {
        await using var console = await TestConsole.StartAsync();
        await using var db = await console.SystemDbAsync();
        AuditLog.Record(db, TestUsers.PartnerAdmin, "Test", 1, "Created");
        await db.SaveChangesAsync();
        var entry = await db.AuditEntries.FirstAsync();
        entry.Action = "Tampered";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Search_PartnerAdmin_SeesOnlyOwnPartnersEntries()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var db = await console.SystemDbAsync())
        {
            AuditLog.Record(db, TestUsers.PartnerStaff, "Order", 1, "Assigned", new { AccountId = (int?)null }, new { AccountId = 3 });
            AuditLog.Record(db, TestUsers.OtherPartner, "Order", 2, "Assigned");
            await db.SaveChangesAsync();
        }
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var result = await console.Get<AuditService>(scope).SearchAsync(new AuditFilter(), new PageRequest());
        var row = Assert.Single(result.Items);
        Assert.Equal(("partner.staff@demo.test", "{\"AccountId\":3}"), (row.UserEmail, row.NewValues));
    }

    [Fact]
    public async Task Search_NotPartnerAdmin_IsDenied()
    {
        await using var console = await TestConsole.StartAsync();
        foreach (var user in new[] { TestUsers.PartnerStaff, TestUsers.AccountAdmin, TestUsers.ResellerAdmin })
        {
            await using var scope = console.As(user);
            await Assert.ThrowsAsync<AccessDeniedException>(() => console.Get<AuditService>(scope).SearchAsync(new AuditFilter(), new PageRequest()));
        }
    }

    [Fact]
    public async Task ExportCsv_FilteredByAction_ContainsOnlyMatchingRowsAndEscapesFormulas()
    {
        await using var console = await TestConsole.StartAsync();
        await using (var db = await console.SystemDbAsync())
        {
            AuditLog.Record(db, TestUsers.PartnerAdmin, "Account", "=HYPERLINK(1)", "Renamed");
            AuditLog.Record(db, TestUsers.PartnerAdmin, "Account", 2, "Deleted");
            await db.SaveChangesAsync();
        }
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var csv = System.Text.Encoding.UTF8.GetString(await console.Get<AuditService>(scope).ExportCsvAsync(new AuditFilter(Action: "Renamed")));
        Assert.Contains("'=HYPERLINK(1)", csv);
        Assert.DoesNotContain("Deleted", csv);
    }
}
