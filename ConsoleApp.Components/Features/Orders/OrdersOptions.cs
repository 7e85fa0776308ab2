using ConsoleApp.Components.Platform.Live;
namespace ConsoleApp.Components.Features.Orders;

/// <summary>The <c>Orders</c> section of appsettings.json.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>An unassigned order is EXPIRING SOON when it expires within this many days.</summary>
    public int ExpiringSoonDays { get; set; } = 30;

    /// <summary>How often the expiry monitor looks for orders that crossed into EXPIRING SOON or EXPIRED.</summary>
    public int ExpiryCheckSeconds { get; set; } = 60;

    /// <summary>A search matching more orders than this is counted only up to here ("more than N"): counting every
    /// order behind a one-character prefix would cost a pass over all of them on every keystroke.</summary>
    public int SearchCountLimit { get; set; } = 1000;

    /// <summary>A view without a search is counted exactly up to this many orders past the page's block, "more than N"
    /// beyond (see OrderService.ViewCount.cs): counting all of a big partner's orders on every page cost a pass over them.</summary>
    public int ViewCountLimit { get; set; } = 10_000;

    /// <summary>A broad search first checks this many of the view's newest orders for its page; when they hold too
    /// few matches, the page comes from the term index instead (see OrderService.BroadPage.cs).</summary>
    public int SearchWindow { get; set; } = 2000;

    public TimeSpan ExpiringSoonWindow => TimeSpan.FromDays(Math.Max(0, ExpiringSoonDays));
}

/// <summary>Live topic and audit names of the Orders feature; orders are published to the partner's tenant.</summary>
public static class OrderTopics
{
    public static readonly LiveTopic Orders = new("orders");
    public const string AuditEntity = "PartnerOrder";
}

/// <summary>How dates look on the Orders page; search matches dates typed this way.</summary>
public static class OrderFormats
{
    public const string Date = "yyyy-MM-dd";

    public static string DateText(DateTime? value) =>
        value?.ToString(Date, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string ProductName(OrderProduct product) => product == OrderProduct.MitelOne ? "Mitel One" : "MiTeam Meetings";

    public static string Term(int months, bool perpetual) => Ui.Wording.Term(months, perpetual);
}
