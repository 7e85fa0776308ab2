namespace ConsoleApp.Components.Platform.Seeding;

/// <summary>The fixed ids and names the seeders share, so features can seed their part against the same tenants.</summary>
public static class DemoData
{
    public const string Password = "Demo!2345";

    public const int PartnerId = 1;          // Northwind Communications: partner.admin, partner.staff
    public const int OtherPartnerId = 2;     // Contoso Telecom: other.partner
    public const int AccountId = 1;          // Acme Dental Group (partner 1): account.admin, customer, customer.admin
    public const int OtherPartnerAccountId = 33; // the first account of partner 2
    public const int ResellerId = 1;         // Bluebell Systems, reseller number 104233
    public const int OtherResellerId = 2;
    public const int CompanyId = 1;          // Fabrikam Logistics: employee, manager
    public const int OtherCompanyId = 2;     // Tailspin Toys (no End-User Requests menu, no approvals): tailspin.employee

    public const int AccountsOfPartner = 32;
    public const int AccountsOfOtherPartner = 8;

    public static readonly string[] AccountNames =
    [
        "Acme Dental Group", "Blue Harbor Logistics", "Cedar Point Clinics", "Delta Freight Lines", "Evergreen Realty",
        "Falcon Legal Partners", "Granite Insurance", "Harbor View Hotels", "Ironwood Manufacturing", "Juniper Schools",
        "Keystone Accounting", "Lakeside Veterinary", "Maple Leaf Retail", "Northstar Engineering", "Oakridge Pharmacy",
        "Pinecrest Builders", "Quarry Stone Supply", "Riverbend Health", "Summit Architects", "Tidewater Marine",
        "Union Square Dining", "Valley Credit Union", "Westfield Motors", "Yellowstone Outfitters", "Zephyr Travel",
        "Aurora Labs", "Beacon Hill Dental", "Copperfield Media", "Driftwood Cafes", "Elmstreet Law",
        "Foxglove Florists", "Greenway Energy",
        // partner 2
        "Highland Brewing", "Indigo Design Studio", "Jasper Fitness", "Kingfisher Foods", "Lighthouse Charities",
        "Meadowbrook Farms", "Nimbus Software", "Orchard Senior Living",
    ];
}
