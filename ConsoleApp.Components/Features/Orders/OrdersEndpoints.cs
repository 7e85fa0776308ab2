using ConsoleApp.Components.Platform.Api;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace ConsoleApp.Components.Features.Orders;

/// <summary>The answer to purchasing for a stored (or already stored) order.</summary>
public sealed record IngestedOrderResponse(
    int Id, string SapOrderId, string TrackingNumber, string Product, int Licenses, int TermMonths, bool Perpetual,
    DateTime PurchasedAt, DateTime? ExpiresAt, string Status, string Link);

public static class OrdersEndpoints
{
    /// <summary>An order is a few hundred bytes; anything near this is not an order.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>
    /// <c>POST /api/partners/{partnerId}/orders</c> with header <c>X-Api-Key</c>: 201 created, 200 when the SAP order
    /// id already exists (nothing stored twice), 400 problem details naming each missing or invalid field,
    /// 401 without a valid key, 403 with another partner's key, 413 over <see cref="MaxBodyBytes"/>, 415 not JSON; every
    /// error is problem+json. The body is read strictly (<see cref="ApiJson"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapOrdersEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/partners/{partnerId:int}/orders", IngestAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            // The server's own limit (Kestrel answers 413 before the body is read); ApiJson checks it again.
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
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

        var body = await ApiJson.ReadAsync<IngestOrderRequest>(http.Request, MaxBodyBytes, ct);
        if (body.Problem is not null) return body.Problem;

        try
        {
            var result = await ingestion.IngestAsync(key, body.Value!, ct);
            var o = result.Order;
            var answer = new IngestedOrderResponse(o.Id, o.SapOrderId, o.TrackingNumber, o.Product.ToString(), o.Licenses, o.TermMonths,
                o.IsPerpetual, o.PurchasedAt, o.ExpiresAt, o.StatusLabel, $"/orders?order={o.Id}");
            return result.Created ? Results.Created(answer.Link, answer) : Results.Ok(answer);
        }
        catch (ValidationFailedException ex)
        {
            return Results.ValidationProblem(ex.FieldErrors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: ex.Message);
        }
    }
}
