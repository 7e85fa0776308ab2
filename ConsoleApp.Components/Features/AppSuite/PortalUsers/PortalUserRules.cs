using System.Net.Mail;

namespace ConsoleApp.Components.Features.AppSuite.PortalUsers;

/// <summary>The field rules of a portal user, shared by the edit form (as the user types) and the service.</summary>
public static class PortalUserRules
{
    public static IReadOnlyDictionary<string, string> Validate(PortalUserInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 120) errors["Name"] = "Enter a name (up to 120 characters).";
        if (EmailProblem(input.Email) is { } email) errors["Email"] = email;
        if (input.Phone is { Length: > 40 }) errors["Phone"] = "Up to 40 characters.";
        if (input.JobTitle is { Length: > 80 }) errors["JobTitle"] = "Up to 80 characters.";
        return errors;
    }

    /// <summary>Why <paramref name="value"/> is not a usable e-mail address, or null.</summary>
    public static string? EmailProblem(string? value)
    {
        var email = value?.Trim() ?? "";
        return !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || email.Length > 256 ? "Enter an e-mail address." : null;
    }
}
