using ConsoleApp.Components.Platform.Errors;
using System.Text.Json;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>The answer to purchasing for a stored (or already stored) order.</summary>
public sealed record IngestedOrderResponse(
    int Id, string SapOrderId, string TrackingNumber, string Product, int Licenses, int TermMonths, bool Perpetual,
    DateTime PurchasedAt, DateTime? ExpiresAt, string Status, string Link);

public static class OrdersEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// <c>POST /api/partners/{partnerId}/orders</c> with header <c>X-Api-Key</c>: 201 created, 200 when the SAP order
    /// id already exists (nothing stored twice), 400 problem details naming each missing or invalid field,
    /// 401 without a valid key, 403 with another partner's key.
    /// </summary>
    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/partners/{partnerId:int}/orders", IngestAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithName("IngestPartnerOrder");
        return endpoints;
    }

    private static async Task<IResult> IngestAsync(int partnerId, HttpContext http, OrderIngestionService ingestion, CancellationToken ct)
    {
        var key = await ingestion.FindKeyAsync(http.Request.Headers[PartnerApiKey.Header].ToString(), ct);
        if (key is null)
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key is required.",
                detail: $"Send the partner's purchasing key in the {PartnerApiKey.Header} header.");
        if (key.PartnerId != partnerId)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This API key may not post orders for this partner.");

        IngestOrderRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<IngestOrderRequest>(http.Request.Body, Json, ct);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [field] = [field == "body" ? "The body is not valid JSON." : "This value has the wrong type or format."],
            }, title: "The order is not valid JSON.");
        }
        if (request is null)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object is required."] });

        try
        {
            var result = await ingestion.IngestAsync(key, request, ct);
            var o = result.Order;
            var body = new IngestedOrderResponse(o.Id, o.SapOrderId, o.TrackingNumber, o.Product.ToString(), o.Licenses, o.TermMonths,
                o.IsPerpetual, o.PurchasedAt, o.ExpiresAt, o.StatusLabel, $"/orders?order={o.Id}");
            return result.Created ? Results.Created(body.Link, body) : Results.Ok(body);
        }
        catch (ValidationFailedException ex)
        {
            return Results.ValidationProblem(ex.FieldErrors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: ex.Message);
        }
    }
}
