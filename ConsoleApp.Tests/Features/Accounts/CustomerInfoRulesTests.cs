using ConsoleApp.Components.Features.Accounts;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class CustomerInfoRulesTests
{
    private static CustomerInfoInput Valid(string country = "US", string province = "TX", string postal = "73301") =>
        new("Acme Dental Group", country, province, "1 Main Street", "Austin", postal, "en", "Healthcare");

    [Theory]
    [InlineData("US", "TX", "73301", "73301")]
    [InlineData("US", "TX", "73301-1234", "73301-1234")]
    [InlineData("CA", "on", "m5v2t6", "M5V 2T6")]
    [InlineData("GB", "Greater London", "sw1a1aa", "SW1A 1AA")]
    [InlineData("GB", "", "M1 1AE", "M1 1AE")]
    [InlineData("DE", "Berlin", "10115", "10115")]
    [InlineData("NL", "North Holland", "1012ab", "1012 AB")]
    [InlineData("FR", "", "75008", "75008")]
    public void Validate_ValidPostalCode_AcceptsAndNormalizes(string country, string province, string postal, string expected)
    {
        var (normalized, errors) = CustomerInfoRules.Validate(Valid(country, province, postal));
        Assert.Empty(errors);
        Assert.Equal(expected, normalized.PostalCode);
    }

    [Theory]
    [InlineData("US", "TX", "7330")]
    [InlineData("US", "TX", "M5V 2T6")]
    [InlineData("CA", "ON", "12345")]
    [InlineData("CA", "ON", "D5V 2T6")]
    [InlineData("GB", "", "12345")]
    [InlineData("DE", "", "1011")]
    [InlineData("NL", "", "0123 AB")]
    [InlineData("FR", "", "7500A")]
    public void Validate_WrongPostalCodeForCountry_NamesCountryAndExample(string country, string province, string postal)
    {
        var (_, errors) = CustomerInfoRules.Validate(Valid(country, province, postal));
        var message = Assert.Single(errors, e => e.Key == nameof(CustomerInfoInput.PostalCode)).Value;
        Assert.Contains(CustomerInfoRules.CountryName(country), message);
        Assert.Contains("e.g.", message);
    }

    [Fact]
    public void Validate_EmptyRequiredFields_ReportsEachField()
    {
        var (_, errors) = CustomerInfoRules.Validate(new CustomerInfoInput(" ", "", "", "", "", "", "", ""));
        foreach (var field in new[] { "Name", "Country", "Address", "City", "PostalCode", "DefaultLanguage", "BusinessType" })
            Assert.True(errors.ContainsKey(field), $"no error for {field}");
        Assert.Equal("Customer Name is required.", errors["Name"]);
    }

    [Fact]
    public void Validate_UnknownUsState_IsRefused()
    {
        var (_, errors) = CustomerInfoRules.Validate(Valid(province: "Texas"));
        Assert.Contains("two-letter", errors[nameof(CustomerInfoInput.ProvinceState)]);
    }

    [Theory]
    [InlineData("Jo", "jo@example", "")]
    [InlineData("Jo", "not-an-email", "")]
    [InlineData("Jo", "jo@example.com", "call me")]
    [InlineData("", "jo@example.com", "")]
    public void ValidateContact_BadInput_IsRefused(string name, string email, string phone) =>
        Assert.NotEmpty(CustomerInfoRules.Validate(new SupportContactInput(name, email, phone)).Errors);

    [Fact]
    public void ValidateContact_Valid_LowerCasesEmail()
    {
        var (normalized, errors) = CustomerInfoRules.Validate(new SupportContactInput(" Jo  Smith ", "Jo.Smith@Example.COM", "+44 20 7946 0018"));
        Assert.Empty(errors);
        Assert.Equal(new SupportContactInput("Jo Smith", "jo.smith@example.com", "+44 20 7946 0018"), normalized);
    }
}
