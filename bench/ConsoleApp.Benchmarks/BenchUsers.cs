using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Benchmarks;

/// <summary>The demo users the benchmarks act as (the benchmark scopes each measurement to one of them).</summary>
internal static class BenchUsers
{
    public static readonly UserContext PartnerAdmin = new("demo-partner-admin", "partner.admin@demo.test", "Pat Admin", Roles.PartnerAdmin, PartnerId: DemoData.PartnerId);
    public static readonly UserContext ResellerAdmin = new("demo-reseller-admin", "reseller.admin@demo.test", "Riley Reseller", Roles.ResellerAdmin, ResellerId: DemoData.ResellerId);
    public static readonly UserContext Employee = new("bench-employee", "bench.employee@demo.test", "Bench Employee", Roles.Employee, CompanyId: DemoData.CompanyId);
}
