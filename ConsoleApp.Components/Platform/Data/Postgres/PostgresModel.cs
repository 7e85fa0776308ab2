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

        // Filters are SQL: SQLite compares its integer booleans with 1, PostgreSQL has a boolean type.
        model.Entity<PortalUser>().HasIndex(u => u.ResellerId).HasFilter("\"IsMainContact\"");
    }
}
