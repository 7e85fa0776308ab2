using System.Text;
using ConsoleApp.Components.Features.AppSuite.Registration;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class LicenceRequestParserTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void Parse_SampleFile_ReadsEveryField()
    {
        var result = LicenceRequestParser.Parse(File.ReadAllBytes(AppSuiteTestData.SamplePath), Now);
        var request = Assert.IsType<LicenceRequest>(result.Request);
        Assert.Equal((18429, "5.0", "9F2C4E7A1B3D5F60-8A9B0C1D2E3F4051"), (request.SiteId, request.ProductVersion.ToString(), request.MachineFingerprint));
        Assert.Equal(Guid.Parse("6f1c2a9e-4b7d-4e2a-9c51-0d8e7f3a1b24"), request.RequestId);
        Assert.Empty(request.VoucherCodes);
    }

    [Fact]
    public void Parse_WithVouchersAndBom_ReadsCodes()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. AppSuiteTestData.Request(vouchers: ["ABCD-EFGH-JKLM", "2345-6789-ABCD"])];
        var result = LicenceRequestParser.Parse(content, Now);
        Assert.Equal(["ABCD-EFGH-JKLM", "2345-6789-ABCD"], result.Request!.VoucherCodes);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("hello", "not a licence request")]
    [InlineData("{}", "\"format\"")]
    [InlineData("[1,2]", "not a licence request")]
    [InlineData("{\"format\":\"mivo-appsuite-licence-request\",\"formatVersion\":2}", "version 2 is not supported")]
    [InlineData("{\"format\":\"mivo-appsuite-licence-request\",\"formatVersion\":1,\"extra\":1}", "not a licence request")]
    [InlineData("{\"format\":\"mivo-appsuite-licence-request\",\"formatVersion\":1,\"requestId\":\"nope\"}", "request id")]
    public void Parse_BadContent_ExplainsWhy(string content, string expected)
    {
        var result = LicenceRequestParser.Parse(Encoding.UTF8.GetBytes(content), Now);
        Assert.Null(result.Request);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("siteId", "0", "site id")]
    [InlineData("siteId", "\"18429\"", "not a licence request")]
    [InlineData("productVersion", "\"five\"", "product version")]
    [InlineData("machineFingerprint", "\"short\"", "fingerprint")]
    [InlineData("vouchers", "[\"bad\"]", "not a voucher code")]
    [InlineData("vouchers", "[\"ABCD-EFGH-JKLM\",\"ABCD-EFGH-JKLM\"]", "twice")]
    [InlineData("createdAt", "\"yesterday\"", "creation time")]
    [InlineData("createdAt", "\"2999-01-01T00:00:00Z\"", "future")]
    public void Parse_BadField_NamesTheField(string field, string json, string expected)
    {
        var text = Encoding.UTF8.GetString(AppSuiteTestData.Request());
        var replaced = System.Text.RegularExpressions.Regex.Replace(text, $"\"{field}\": [^,\\n]+(\\[[^\\]]*\\])?", $"\"{field}\": {json}");
        var result = LicenceRequestParser.Parse(Encoding.UTF8.GetBytes(replaced), Now);
        Assert.Null(result.Request);
        Assert.Contains(expected, result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_VoucherCodeWithTrailingNewline_IsRefused()
    {
        var text = Encoding.UTF8.GetString(AppSuiteTestData.Request(vouchers: ["ABCD-EFGH-JKLM"])).Replace("JKLM\"", "JKLM\\n\"");
        Assert.Null(LicenceRequestParser.Parse(Encoding.UTF8.GetBytes(text), Now).Request);
    }
}
