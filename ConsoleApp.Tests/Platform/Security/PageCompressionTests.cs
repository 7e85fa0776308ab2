using System.IO.Compression;
using System.Net;
using ConsoleApp.Components.Platform.Seeding;
using Xunit.Abstractions;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>The server-rendered /orders page is compressed for first-party requests (typed address, in-app navigation)
/// that accept it, and left uncompressed for requests another site caused (BREACH, docs/SECURITY.md section 6).</summary>
public sealed class PageCompressionTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(WebSession session, string path, string? encoding, string? fetchSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        if (fetchSite is not null) request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", fetchSite);
        var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Decode(string? encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(decoded);
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("br, gzip", "none", "br")]
    [InlineData("gzip", "same-origin", "gzip")]
    public async Task Orders_FirstPartyRequestAcceptingCompression_IsCompressed(string accept, string fetchSite, string expected)
    {
        using var session = new WebSession(host);
        await session.SignInAsync("partner.admin@demo.test", DemoData.Password);
        var (plainResponse, plain) = await GetAsync(session, "/orders", null, fetchSite);

        var (response, body) = await GetAsync(session, "/orders", accept, fetchSite);

        Assert.Empty(plainResponse.Content.Headers.ContentEncoding);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        var html = Decode(expected, body);
        Assert.Contains("<h1", html);
        Assert.Contains("tbody", html);
        var state = System.Text.RegularExpressions.Regex.Match(html, "<!--Blazor-Server-Component-State:([^-]*)-->").Groups[1].Value.Length;
        output.WriteLine($"/orders: {plain.Length} bytes plain, {body.Length} bytes {expected}; persisted state {state} characters");
        // Far smaller on the wire than the page itself (the persisted state, encrypted, does not compress).
        Assert.True(body.Length * 2 < plain.Length, $"{body.Length} compressed vs {plain.Length} plain bytes");
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    [InlineData(null)]
    public async Task Orders_RequestCausedByAnotherSiteOrUnmarked_IsNotCompressed(string? fetchSite)
    {
        using var session = new WebSession(host);
        await session.SignInAsync("partner.admin@demo.test", DemoData.Password);

        var (response, body) = await GetAsync(session, "/orders?q=guess", "br, gzip", fetchSite);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", Decode(null, body));
    }
}
