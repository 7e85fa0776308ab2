using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ConsoleApp.Components.Platform.Security;
using Microsoft.AspNetCore.Http;

namespace ConsoleApp.Components.Platform.Api;

/// <summary>A JSON body read by <see cref="ApiJson.ReadAsync{T}"/>: the value, or the problem to answer with.</summary>
public sealed record ApiBody<T>(T? Value, IResult? Problem) where T : class;

/// <summary>
/// The one way an API endpoint reads a JSON body, strictly: JSON content type only (415), at most a given size
/// (413, also when Content-Length is absent or lies), numbers as numbers (<c>"25"</c> is refused, where the web
/// defaults accept it), no comments, trailing commas or repeated fields, and no control or bidirectional characters
/// in any text field (they forge log lines and make values display differently from what is stored). Each
/// refusal is a 400 problem whose <c>errors</c> name the field. Unknown fields are ignored, so a caller may send
/// more than the console reads.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.Strict,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 16,
    };

    public const string BodyField = "body";

    public static async Task<ApiBody<T>> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return new(null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: "Send the body as application/json."));
        if (request.ContentLength > maxBytes) return new(null, TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return new(null, TooLarge(maxBytes));
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Strict);
        }
        catch (JsonException ex)
        {
            var (field, message) = Explain<T>(ex);
            return new(null, Invalid(field, message, "The body is not valid JSON for this request."));
        }
        if (value is null) return new(null, Invalid(BodyField, "A JSON object is required.", "The body is not valid JSON for this request."));

        foreach (var property in Strict.GetTypeInfo(typeof(T)).Properties)
        {
            if (property.PropertyType != typeof(string) || property.Get is null) continue;
            var text = (string?)property.Get(value);
            var at = UnsafeText.IndexOfUnsafe(text);
            if (at >= 0)
                return new(null, Invalid(property.Name,
                    $"Control and bidirectional characters are not allowed ({UnsafeText.Describe(text![at])} at position {at + 1}).",
                    "A text field contains characters that are not allowed."));
        }
        return new(value, null);
    }

    public static IResult Invalid(string field, string message, string title) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    private static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large",
            detail: $"The body may be at most {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.");

    /// <summary>Which field failed and why, in the words of the field's type (the serializer's own message names
    /// .NET types, which mean nothing to the caller).</summary>
    private static (string Field, string Message) Explain<T>(JsonException ex)
    {
        var field = ex.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        if (field is null || UnsafeText.HasUnsafe(field) || field.Length > 100)
            return (BodyField, ex.LineNumber is { } line
                ? $"The body is not valid JSON (line {line + 1}, position {ex.BytePositionInLine + 1})."
                : "The body is not valid JSON.");
        if (ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)) return (field, "This field is given more than once.");
        var type = Strict.GetTypeInfo(typeof(T)).Properties.FirstOrDefault(p => p.Name == field)?.PropertyType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return (field, type switch
        {
            _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) =>
                "Must be a number (without quotes).",
            _ when type == typeof(bool) => "Must be true or false (without quotes).",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) =>
                "Must be a date in ISO 8601 form, for example 2026-11-01 or 2026-11-01T09:30:00Z.",
            _ when type == typeof(string) => "Must be text in quotes.",
            _ => "This value has the wrong type or format.",
        });
    }
}
