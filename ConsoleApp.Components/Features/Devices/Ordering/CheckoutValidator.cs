using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Devices;

/// <summary>The employee and ordering information as it will be stored, after the HR autofill.</summary>
internal sealed record CheckedCheckout(int? EmployeeId, string EmployeeName, string EmployeeNumber, string AccountingCodes,
    string NotifyEmails, string ShippingLocation, string AttentionTo, string DealerNotes, string UpgradeReason,
    MobileLine? Line, bool? UpgradeEligible);

/// <summary>Checks the Create Order form against the company's rules; every problem is reported at once, before anything is written.</summary>
internal static class CheckoutValidator
{
    public static async Task<CheckedCheckout> CheckAsync(ConsoleDbContext db, CheckoutForm form, DeviceBasket basket,
        CompanySettingsView settings, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        MobileLine? line = null;
        bool? eligible = null;
        HrEmployee? employee = null;
        var employeeId = form.EmployeeId;
        if (basket.Kind == OrderKind.Upgrade)
        {
            line = await db.Set<MobileLine>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == basket.UpgradeLineId, ct);
            if (line is null) errors["Line"] = "The line to upgrade is no longer in your company's lines.";
            else
            {
                // The line decides whose phone it is: the employee comes from the line, not from the form.
                employeeId = line.EmployeeId;
                var result = UpgradeEligibility.Evaluate(line.ContractStart, line.ContractBalance, settings.UpgradeAfterMonths, today);
                eligible = result.Eligible;
                if (!result.Eligible && !settings.AllowsIneligibleUpgradeWithReason)
                    errors["Line"] = $"Line {line.PhoneNumber} cannot be upgraded. {result.Explanation}";
                else if (!result.Eligible && string.IsNullOrWhiteSpace(form.UpgradeReason))
                    errors[nameof(CheckoutForm.UpgradeReason)] = $"Line {line.PhoneNumber} is not yet eligible for an upgrade; give the reason for upgrading early.";
            }
        }
        if (employeeId is { } id)
        {
            employee = await db.Set<HrEmployee>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
            if (employee is null) errors[nameof(CheckoutForm.EmployeeId)] = "The selected employee is not in your company's HR directory.";
        }
        else if (settings.RequiresApproval)
            errors[nameof(CheckoutForm.EmployeeId)] = "Pick the employee from the HR directory: the order is approved by their manager.";

        var name = (employee?.FullName ?? form.EmployeeName).Trim();
        var number = (employee is not null && employee.EmployeeNumber.Length > 0 ? employee.EmployeeNumber : form.EmployeeNumber).Trim();
        var codes = (basket.Kind == OrderKind.Upgrade && employee is not null ? employee.AccountingCodes : form.AccountingCodes).Trim();
        if (codes.Length == 0 && employee is not null) codes = employee.AccountingCodes;
        if (name.Length == 0 && !errors.ContainsKey(nameof(CheckoutForm.EmployeeId)))
            errors[nameof(CheckoutForm.EmployeeName)] = "Enter the name of the employee the device is for.";
        if (settings.RequiresEmployeeNumber && number.Length == 0)
            errors[nameof(CheckoutForm.EmployeeNumber)] = "Your company requires the employee number.";
        if (string.IsNullOrWhiteSpace(form.ShippingLocation))
            errors[nameof(CheckoutForm.ShippingLocation)] = "Enter where the order should be shipped.";
        var invalid = NotifyList.Invalid(form.NotifyEmails);
        if (invalid.Count > 0)
            errors[nameof(CheckoutForm.NotifyEmails)] = $"Not e-mail addresses: {string.Join(", ", invalid)}.";
        Limit(errors, nameof(CheckoutForm.DealerNotes), form.DealerNotes, 2000);
        Limit(errors, nameof(CheckoutForm.UpgradeReason), form.UpgradeReason, 1000);
        Limit(errors, nameof(CheckoutForm.ShippingLocation), form.ShippingLocation, 300);
        Limit(errors, nameof(CheckoutForm.AttentionTo), form.AttentionTo, 150);
        Limit(errors, nameof(CheckoutForm.EmployeeName), name, 150);
        Limit(errors, nameof(CheckoutForm.EmployeeNumber), number, 30);
        Limit(errors, nameof(CheckoutForm.AccountingCodes), codes, 100);
        if (errors.Count > 0)
            throw new ValidationFailedException("The order could not be created: " + string.Join(" ", errors.Values), errors);

        return new CheckedCheckout(employee?.Id, name, number, codes, NotifyList.Normalize(form.NotifyEmails),
            form.ShippingLocation.Trim(), (form.AttentionTo ?? "").Trim(), (form.DealerNotes ?? "").Trim(), (form.UpgradeReason ?? "").Trim(),
            line, eligible);
    }

    private static void Limit(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if ((value?.Length ?? 0) > max && !errors.ContainsKey(field)) errors[field] = $"{field} is limited to {max} characters.";
    }
}
