using System.Globalization;
using System.Net.Http.Json;
using System.Security.Claims;
using ConsoleApp.Components.Features.Orders;
using ConsoleApp.Components.Platform.Tenancy;
using ConsoleApp.Components.Platform.Seeding;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.LoadDriver;

/// <summary>
/// The changes the open pages follow, from another client: new orders posted through the purchasing API (as the
/// partner's ordering system does) and assigned through the order service (as a partner admin in another circuit).
/// Orders for the Orders page are purchased now (the top of its newest-first grid); for the dashboard they expire
/// within the hour, each sooner than the last (the top of its Needs attention list).
/// </summary>
internal sealed class ChangeStream(DriverHost host, string page, int cycle) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(host.BaseUrl) };
    private int? _lastPosted;

    /// <summary>Unix milliseconds at which each posted order's request was sent, by its SAP order id.</summary>
    public Dictionary<string, long> PostedAt { get; } = [];

    /// <summary>How long each posted order's request took to be answered (the write and its publication), in ms: the
    /// part of what the browsers see that comes before the change reaches the open pages.</summary>
    public List<double> Answered { get; } = [];

    /// <summary>The SAP id of change <paramref name="i"/> of this cycle: the browsers look for this text.</summary>
    public string SapId(int i) => $"LD{cycle}-{i}Z";

    /// <summary>Even changes post a new order, odd ones assign the order posted just before.</summary>
    public async Task PublishAsync(int i)
    {
        if (i % 2 == 1 && _lastPosted is { } id)
        {
            await AssignAsync(id);
            _lastPosted = null;
            return;
        }
        var sap = SapId(i);
        var dashboard = page == "dashboard";
        var now = DateTime.UtcNow;
        var body = new
        {
            sapOrderId = sap,
            trackingNumber = $"TRK-{sap}",
            product = "MiTeamMeetings",
            licenses = 5,
            termMonths = dashboard ? 1 : 12,
            purchasedAt = dashboard ? now.AddMonths(-1).AddMinutes(60).AddSeconds(-i * 20) : now,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/partners/{DemoData.PartnerId}/orders") { Content = JsonContent.Create(body) };
        request.Headers.Add(PartnerApiKey.Header, DemoApiKeys.Partner1);
        PostedAt[sap] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Answered.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - PostedAt[sap]);
        var created = await response.Content.ReadFromJsonAsync<IngestedOrderResponse>();
        _lastPosted = created!.Id;
    }

    private async Task AssignAsync(int orderId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        // The service reads its user from the circuit's authentication state: a partner admin's, as if signed in.
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "load-driver"),
            new Claim(ClaimTypes.Email, "partner.admin@demo.test"),
            new Claim(ConsoleClaims.DisplayName, "Load driver"),
            new Claim(ClaimTypes.Role, Roles.PartnerAdmin),
            new Claim(ConsoleClaims.PartnerId, DemoData.PartnerId.ToString(CultureInfo.InvariantCulture)),
        ], "load-driver"));
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        await scope.ServiceProvider.GetRequiredService<OrderService>().AssignAsync(orderId, DemoData.AccountId);
    }

    public void Dispose() => _http.Dispose();
}
