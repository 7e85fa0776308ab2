using ConsoleApp.Components.Features.AppSuite.Registration;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.AppSuite;

public sealed class LicenceRequestFuzzTests
{
    /// <summary>
    /// Mutations of a well-formed request for a site id no one owns (8 digits; demo sites have 5): whatever the
    /// bytes become, the service must answer with a refusal and change nothing but the request log and the audit
    /// trail (an unproved anonymous upload is only audited). The rate limit is lifted: this is one client on purpose.
    /// </summary>
    [Fact]
    public async Task Register_ThousandsOfMutatedFiles_OnlyCleanRefusals()
    {
        const int count = 2000;
        await using var console = await TestConsole.StartAsync(settings: new()
        {
            ["AppSuite:LicenceKeyPath"] = Path.Combine(Path.GetTempPath(), $"pc-key-{Guid.NewGuid():N}.pem"),
            ["RateLimits:AnonymousUploadsPerWindow"] = "100000",
        });
        var before = await RegistrationServiceTests.BusinessSnapshotAsync(console);
        var seed = AppSuiteTestData.Request(siteId: 90000001, vouchers: ["ABCD-EFGH-JKLM"]);
        var random = new Random(4040);
        await using var scope = console.As(UserContext.Anonymous);
        var service = console.Get<RegistrationService>(scope);
        var refusals = new Dictionary<RegistrationRefusal, int>();
        for (var i = 0; i < count; i++)
        {
            var result = await service.RegisterAsync(Mutate(seed, random), $"fuzz-{i}.json", null);
            Assert.False(result.Accepted, $"mutation {i} was accepted");
            Assert.False(string.IsNullOrWhiteSpace(result.Message));
            refusals[result.Refusal!.Value] = refusals.GetValueOrDefault(result.Refusal.Value) + 1;
        }
        Assert.Equal(before, await RegistrationServiceTests.BusinessSnapshotAsync(console));
        await using var db = await console.SystemDbAsync();
        Assert.Equal(count - refusals.GetValueOrDefault(RegistrationRefusal.ProofRequired), await db.Set<LicenceRequestRecord>().CountAsync(r => !r.Accepted));
        Assert.Equal(count, await db.AuditEntries.CountAsync(a => a.Action == "LicenceRequestRefused"));
        Assert.DoesNotContain(RegistrationRefusal.RateLimited, refusals.Keys);
        // The mutations reach past the JSON reader into the field checks too.
        Assert.True(refusals.Count >= 2, string.Join(", ", refusals));
    }

    private const string Specials = "{}[]\",:0\\9-aZ\n\0";

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = seed.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveAt(at); break;
                case 3: bytes.Insert(at, (byte)Specials[random.Next(Specials.Length)]); break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.InsertRange(at, bytes.Skip(random.Next(bytes.Count)).Take(random.Next(1, 40)).ToList()); break;
            }
        }
        return [.. bytes];
    }
}
