using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>
/// Compressed pages (Brotli, else gzip) for the server-rendered HTML and the few text responses the framework does not
/// already serve precompressed (MapStaticAssets serves <c>.br</c>/<c>.gz</c> files of the fingerprinted assets itself,
/// with their own Content-Encoding, which this middleware leaves alone).
/// BREACH: a page carries secrets (antiforgery token, the protected component markers and state, the user's data) next
/// to input an attacker can reflect into it (<c>?q=</c>). Compression is used only for requests the browser marks as
/// made by this site or by the user (<c>Sec-Fetch-Site: same-origin</c> or <c>none</c>: typed address, bookmark, in-app
/// navigation); a request another site caused (<c>cross-site</c>, <c>same-site</c>) or one without the header gets the
/// page uncompressed, so an attacker who makes the victim's browser send chosen input learns no lengths that depend on
/// the secrets. docs/SECURITY.md, section 6.
/// </summary>
public static class PageCompression
{
    /// <summary>What is worth compressing beyond the framework's precompressed assets.</summary>
    public static readonly string[] MimeTypes =
        ["text/html", "text/plain", "text/css", "text/csv", "application/javascript", "text/javascript", "application/json",
         "application/problem+json", "image/svg+xml", "application/manifest+json"];

    public static IServiceCollection AddConsolePageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Safe over HTTPS only because of the Sec-Fetch-Site rule below (BREACH).
            o.EnableForHttps = true;
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest levels: a page is compressed once per request on a CPU the circuits share; they still shrink it ~5x.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SameSiteOnlyCompressionProvider>();
        return services;
    }

    public static IApplicationBuilder UseConsolePageCompression(this IApplicationBuilder app) => app.UseResponseCompression();

    /// <summary>True when the browser says the request was made by this site or by the user (not caused by another site).</summary>
    public static bool IsFirstParty(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none";

    private sealed class SameSiteOnlyCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : IResponseCompressionProvider
    {
        private readonly ResponseCompressionProvider _inner = new(services, options);

        public bool CheckRequestAcceptsCompression(HttpContext context) =>
            IsFirstParty(context.Request) && _inner.CheckRequestAcceptsCompression(context);

        public ICompressionProvider? GetCompressionProvider(HttpContext context) =>
            IsFirstParty(context.Request) ? _inner.GetCompressionProvider(context) : null;

        public bool ShouldCompressResponse(HttpContext context) => _inner.ShouldCompressResponse(context);
    }
}
