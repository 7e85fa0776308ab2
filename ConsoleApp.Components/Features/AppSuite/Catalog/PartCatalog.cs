namespace ConsoleApp.Components.Features.AppSuite.Catalog;

/// <summary>The seeded App Suite price list: licence parts and the one-year SWAS part of each product.</summary>
public static class PartCatalog
{
    public const string BaseLicence = "S1302770";
    public const string PhoneManagerProfessional = "S1302776";
    public const string PhoneManagerStandard = "S1302775";
    public const string OutlookTenPack = "S1303549";
    public const string OutlookFiftyPack = "S1303550";
    public const string ContactCenterAgent = "S1302780";
    public const string RecordingChannel = "S1302782";
    public const string Wallboard = "S1302785";
    public const string MobileTenPack = "S1303560";

    public static IReadOnlyList<AppSuitePart> All { get; } =
    [
        Licence(BaseLicence, "MiVO Application Suite Base Licence", "BASE", 1),
        Licence(PhoneManagerStandard, "Phone Manager Standard", "PM-STD", 1),
        Licence(PhoneManagerProfessional, "Phone Manager Professional", "PM-PRO", 1),
        Licence(OutlookTenPack, "Phone Manager Outlook 10 Pack", "PM-OUTLOOK", 10),
        Licence(OutlookFiftyPack, "Phone Manager Outlook 50 Pack", "PM-OUTLOOK", 50),
        Licence(MobileTenPack, "Phone Manager Mobile 10 Pack", "PM-MOBILE", 10),
        Licence(ContactCenterAgent, "Contact Center Agent", "CC-AGENT", 1),
        Licence(RecordingChannel, "Call Recording Channel", "REC-CH", 1),
        Licence(Wallboard, "Wallboard", "WALLBOARD", 1),
        Swas("S1303600", "SWAS Application Suite Base 1 Year", "BASE", 1),
        Swas("S1303605", "SWAS Phone Manager Standard 1 Year", "PM-STD", 1),
        Swas("S1303606", "SWAS Phone Manager Professional 1 Year", "PM-PRO", 1),
        Swas("S1303609", "SWAS Phone Manager Outlook 10 Users 1 Year", "PM-OUTLOOK", 10),
        Swas("S1303618", "SWAS Phone Manager Mobile 10 Users 1 Year", "PM-MOBILE", 10),
        Swas("S1303610", "SWAS Contact Center Agent 1 Year", "CC-AGENT", 1),
        Swas("S1303612", "SWAS Call Recording Channel 1 Year", "REC-CH", 1),
        Swas("S1303615", "SWAS Wallboard 1 Year", "WALLBOARD", 1),
    ];

    private static AppSuitePart Licence(string number, string name, string product, int units) =>
        new() { PartNumber = number, Name = name, Kind = PartKind.Licence, ProductCode = product, Units = units };

    private static AppSuitePart Swas(string number, string name, string product, int units) =>
        new() { PartNumber = number, Name = name, Kind = PartKind.Swas, ProductCode = product, Units = units };
}
