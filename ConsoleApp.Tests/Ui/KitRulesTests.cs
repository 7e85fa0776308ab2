using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Ui;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

public sealed class GridUrlTests
{
    [Fact]
    public void Parse_SearchDescendingSortAndPage_ReadsZeroBasedPage()
    {
        var query = GridUrl.Parse("http://x/orders?view=expiring&q=%20acme%20&sort=-ExpiresText&page=3", 25);
        Assert.Equal(new GridQuery("acme", "ExpiresText", true, 2, 25), query);
    }

    [Fact]
    public void Parse_Nothing_IsFirstPageUnsorted() =>
        Assert.Equal(new GridQuery(null, null, false, 0, 10), GridUrl.Parse("http://x/orders?page=zero", 10));

    [Fact]
    public void Parameters_FirstPageWithoutSearch_LeavesThemOutAndKeepsExtras()
    {
        var parameters = GridUrl.Parameters(new GridQuery(null, "Name", false, 0, 25), new Dictionary<string, object?> { ["view"] = "unassigned" });
        Assert.Null(parameters[GridUrl.Search]);
        Assert.Null(parameters[GridUrl.Page]);
        Assert.Equal("Name", parameters[GridUrl.Sort]);
        Assert.Equal("unassigned", parameters["view"]);
    }

    [Fact]
    public void Query_SecondPage_SkipsOnePage() =>
        Assert.Equal(25, new GridQuery(Page: 1, PageSize: 25).ToPageRequest().Skip);
}

public sealed class FormErrorsTests
{
    [Fact]
    public void For_RuleAndServerMessages_RuleFirstThenServer()
    {
        var rules = new Dictionary<string, string>();
        var errors = new FormErrors(() => rules);
        errors.FromServer(new Dictionary<string, string> { ["PostalCode"] = "Taken" });

        Assert.Equal("Taken", errors.For("PostalCode")("x"));
        rules["PostalCode"] = "Not a postal code";
        Assert.Equal("Not a postal code", errors.For("PostalCode")("x"));
        Assert.Null(errors.For("City")("x"));
        errors.Clear();
        rules.Clear();
        Assert.Null(errors.Message("PostalCode"));
    }
}

public sealed class WordingTests
{
    [Theory]
    [InlineData(12, false, "12 months")]
    [InlineData(36, false, "36 months")]
    [InlineData(1, false, "1 month")]
    [InlineData(0, true, "Perpetual")]
    public void Term_AlwaysInMonths(int months, bool perpetual, string expected) => Assert.Equal(expected, Wording.Term(months, perpetual));
}

public sealed class FeedbackTests
{
    [Fact]
    public async Task RunAsync_UserFacingFailure_ShowsItsMessageAndReportsFalse()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddScoped<Feedback>();
        var feedback = ctx.Services.GetRequiredService<Feedback>();

        Assert.False(await feedback.RunAsync(() => throw new ConcurrencyConflictException("Someone else assigned it first.")));
        Assert.True(await feedback.RunAsync(() => Task.CompletedTask, "Saved."));

        Assert.Equal(new[] { "Someone else assigned it first.", "Saved." }, ctx.SnackbarMessages());
    }

    [Fact]
    public async Task RunAsync_UnexpectedFailure_IsNotSwallowed()
    {
        await using var ctx = new BunitContext();
        ctx.Services.AddMudServices();
        ctx.Services.AddScoped<Feedback>();
        var feedback = ctx.Services.GetRequiredService<Feedback>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => feedback.RunAsync(() => throw new InvalidOperationException("bug")));
    }
}
