namespace ConsoleApp.Components.Platform.Data.Migrations;

/// <summary>The backfill of <c>PartnerOrderSearchTerms.PurchasedAt</c> in the <c>SearchTermPurchasedAt</c> migration of
/// both sets (SQLite and PostgreSQL): plain SQL both understand. A term's purchase date is its order's, which never
/// changes after the order arrives.</summary>
public static class SearchTermPurchasedAtBackfill
{
    public const string Sql = """
        UPDATE "PartnerOrderSearchTerms"
        SET "PurchasedAt" = (SELECT o."PurchasedAt" FROM "PartnerOrders" AS o WHERE o."Id" = "PartnerOrderSearchTerms"."OrderId");
        """;
}
