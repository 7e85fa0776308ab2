using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConsoleApp.Components.Platform.Api;

/// <summary>
/// Writes every <see cref="DateTime"/> as UTC with "Z". The console stores UTC, but a value read back from the
/// database has Kind Unspecified and would be written without "Z", so the same order answered twice would not
/// be the same JSON. Reading keeps the serializer's own parsing.
/// </summary>
public sealed class UtcDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        });
}
