using System.Diagnostics;
using System.Net;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ConsoleApp.Tests.Platform.Security;

/// <summary>Sign-in does not tell strangers which e-mails exist (words and timing) and is rate limited per address.
/// The host hashes at production strength, so the timing comparison is the real one.</summary>
public sealed class SignInDefenceTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    private async Task<ConsoleUser> CreateUserAsync(string email, bool locked = false)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = await TestUsers.CreateSignInAsync(users, email, "Known", Components.Platform.Tenancy.Roles.PartnerStaff, 1, "Known!12345");
        if (locked) await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddMinutes(5));
        return user;
    }

    private async Task<string?> AlertAfterAsync(string email, string password)
    {
        using var session = new WebSession(host);
        var response = await session.PostLoginAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebSession.Alert(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_UnknownEmail_WrongPassword_LockedAccount_SameWords()
    {
        var known = await CreateUserAsync("words.known@demo.test");
        var locked = await CreateUserAsync("words.locked@demo.test", locked: true);

        var unknown = await AlertAfterAsync("nobody.here@demo.test", "Known!12345");
        var wrong = await AlertAfterAsync(known.Email!, "wrong-password");
        var lockedRight = await AlertAfterAsync(locked.Email!, "Known!12345");

        Assert.Equal(LoginPage.FailedMessage, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedRight);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_TakesComparableTimeToKnownEmail()
    {
        var known = await CreateUserAsync("timing.known@demo.test");
        async Task<double> TimeAsync(string email)
        {
            using var session = new WebSession(host);
            await session.Client.GetAsync("/login"); // warm the page; only the post is timed
            var started = Stopwatch.GetTimestamp();
            await session.PostLoginAsync(email, "wrong-password");
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        await TimeAsync("warm.up@demo.test");
        await TimeAsync(known.Email!);
        var unknownTimes = new List<double>();
        var knownTimes = new List<double>();
        for (var i = 0; i < 4; i++) // fewer than the ten failures that lock the account
        {
            unknownTimes.Add(await TimeAsync($"unknown{i}@demo.test"));
            knownTimes.Add(await TimeAsync(known.Email!));
        }
        static double Median(List<double> v) { v.Sort(); return (v[v.Count / 2] + v[(v.Count - 1) / 2]) / 2; }
        var (u, k) = (Median(unknownTimes), Median(knownTimes));
        output.WriteLine($"median ms: unknown {u:0} known {k:0}");
        Assert.True(u >= 0.5 * k, $"unknown e-mail answered in {u:0} ms, known in {k:0} ms");
    }

    [Fact]
    public async Task SignIn_SixthPostFromOneAddressInAMinute_429_FormStillShown_OtherAddressesUnaffected()
    {
        using var session = new WebSession(host);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) statuses.Add((await session.PostLoginAsync("nobody.here@demo.test", "guess-" + i)).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        var limited = await session.PostLoginAsync("nobody.here@demo.test", "guess-7");
        Assert.Contains(SignInLimitPolicy.Message, await limited.Content.ReadAsStringAsync());
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/login")).StatusCode);
        using var other = new WebSession(host);
        Assert.Equal(HttpStatusCode.OK, (await other.PostLoginAsync("nobody.here@demo.test", "guess")).StatusCode);
    }
}
