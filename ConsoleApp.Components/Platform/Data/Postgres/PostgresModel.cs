using ConsoleApp.Components.Features.AppSuite.PortalUsers;
using ConsoleApp.Components.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Data.Postgres;

/// <summary>Where the PostgreSQL model differs from SQLite's (the PostgreSQL migrations are made from this).</summary>
internal static class PostgresModel
{
    public static void Apply(ModelBuilder model)
    {
        // Order search walks the (PartnerId, Term) index as a byte-ordered prefix range (term <= x < term + U+FFFF);
        // a linguistic collation would order (and so range) differently from that prefix.
        model.Entity<PartnerOrderSearchTerm>().Property(t => t.Term).UseCollation("C");

        // The Unassigned view's check per order (capped search counts, the value scan) as an index-only probe: the
        // unassigned orders by id with their expiry date, 14 MB at a million orders (all partners) against the 151 MB
        // table whose pages a probe per match otherwise reads (about 2x faster counts at a million on PostgreSQL; see
        // docs/PERFORMANCE.md, "Orders on PostgreSQL"). SQLite's table is itself keyed by id (a probe reads the row
        // where the key is), so it has no use for this copy.
        model.Entity<PartnerOrder>().HasIndex(o => o.Id, "IX_PartnerOrders_Unassigned")
            .IncludeProperties(o => new { o.PartnerId, o.ExpiresAt })
            .HasFilter("\"AssignedAccountId\" IS NULL");

        // Filters are SQL: SQLite compares its integer booleans with 1, PostgreSQL has a boolean type.
        model.Entity<PortalUser>().HasIndex(u => u.ResellerId).HasFilter("\"IsMainContact\"");
    }
}
