using System.Globalization;

namespace ConsoleApp.Components.Ui;

/// <summary>One wording for the same thing on every page: a term is always in months ("12 months", never
/// "1 year"), a date is always yyyy-MM-dd.</summary>
public static class Wording
{
    public static string Term(int months, bool perpetual) =>
        perpetual ? "Perpetual" : months == 1 ? "1 month" : $"{months.ToString(CultureInfo.InvariantCulture)} months";

    public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A time of day, 24-hour (audit and "checked at" times are UTC).</summary>
    public static string Time(DateTime value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndTime(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
