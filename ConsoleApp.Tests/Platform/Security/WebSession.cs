using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>A cookie-keeping HTTP client on a <see cref="SecurityHost"/> that signs in through the real login form
/// (static server rendering, antiforgery) and does not follow redirects, so tests can see where they point.</summary>
public sealed partial class WebSession : IDisposable
{
    public CookieContainer Cookies { get; } = new();
    public HttpClient Client { get; }
    private static readonly Uri Base = new("http://localhost/");

    private static int _next;

    /// <param name="client">The client address; by default a new one per session, so per-address limits of one
    /// test do not reach another.</param>
    public WebSession(SecurityHost host, string? client = null)
    {
        var n = Interlocked.Increment(ref _next);
        client ??= $"198.18.{n / 250}.{n % 250 + 1}";
        Client = new HttpClient(new CookieContainerHandler(Cookies) { InnerHandler = host.App.GetTestServer().CreateHandler() }) { BaseAddress = Base };
        Client.DefaultRequestHeaders.Add(SecurityHost.ClientHeader, client);
    }

    public string? AuthCookie => Cookies.GetCookies(Base)["PartnerConsole.Auth"]?.Value;

    /// <summary>Posts the login form; returns the response (302 on success, 200 with the page's message otherwise).</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string email, string password)
    {
        var page = await (await Client.GetAsync("/login")).Content.ReadAsStringAsync();
        var names = InputName().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = Token(page),
            [names.First(n => n.EndsWith("Email", StringComparison.Ordinal))] = email,
            [names.First(n => n.EndsWith("Password", StringComparison.Ordinal))] = password,
        };
        return await Client.PostAsync("/login", new FormUrlEncodedContent(form));
    }

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostLoginAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect || AuthCookie is null)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
    }

    /// <summary>The dashboard: 200 when the session is accepted, a redirect to /login when not.</summary>
    public async Task<HttpResponseMessage> GetHomeAsync() => await Client.GetAsync("/");

    /// <summary>The words of the login page's alert, or null.</summary>
    public static string? Alert(string page) =>
        AlertText().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex AlertText();

    public static bool IsSignedInPage(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK;

    public static bool IsSentToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/login", StringComparison.OrdinalIgnoreCase);

    /// <summary>Signs out with the token of the sign-out form on the dashboard.</summary>
    public async Task<HttpResponseMessage> SignOutAsync(bool withToken = true)
    {
        var page = await (await GetHomeAsync()).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>();
        if (withToken) form["__RequestVerificationToken"] = Token(page);
        return await Client.PostAsync("/logout", new FormUrlEncodedContent(form));
    }

    /// <summary>A fresh client that presents only the given auth cookie (a saved or stolen copy).</summary>
    public static WebSession Replaying(SecurityHost host, string authCookie)
    {
        var session = new WebSession(host);
        session.Cookies.Add(Base, new Cookie("PartnerConsole.Auth", authCookie));
        return session;
    }

    private static string Token(string page) =>
        WebUtility.HtmlDecode(TokenValue().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page"));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenValue();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"")]
    private static partial Regex InputName();

    public void Dispose() => Client.Dispose();
}
