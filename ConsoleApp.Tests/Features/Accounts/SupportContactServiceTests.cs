using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Mail;
using ConsoleApp.Components.Platform.Seeding;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Tests.Features.Accounts;

public sealed class SupportContactServiceTests
{
    [Fact]
    public async Task Add_Valid_StoresAuditsAndQueuesMail()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.AccountAdmin);
        var id = await console.Get<SupportContactService>(scope).AddAsync(DemoData.AccountId, new SupportContactInput("Jo Smith", "Jo.Smith@Acme.example", "+1 512 555 0100"));
        var details = await console.Get<AccountQueryService>(scope).GetAsync(DemoData.AccountId);
        Assert.Contains(details.Contacts, c => c.Id == id && c.Email == "jo.smith@acme.example");
        await using var db = await console.SystemDbAsync();
        Assert.True(await db.Set<OutboxMail>().AnyAsync(m => m.To == "jo.smith@acme.example" && m.Subject.Contains("Acme Dental Group")));
        Assert.Equal(["SupportContactAdded"], await AccountTestData.AuditActionsAsync(console, SupportContactService.Entity, id.ToString()));
    }

    [Fact]
    public async Task Add_DuplicateEmailAnyCase_IsRefused()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var svc = console.Get<SupportContactService>(scope);
        await svc.AddAsync(4, new SupportContactInput("Jo Smith", "jo@acme.example", ""));
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => svc.AddAsync(4, new SupportContactInput("Jo S", "JO@acme.example", "")));
        Assert.Contains("already a support contact", ex.Message);
    }

    [Fact]
    public async Task Add_InvalidEmail_IsRefusedWithFieldError()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            console.Get<SupportContactService>(scope).AddAsync(4, new SupportContactInput("Jo", "jo-at-acme", "")));
        Assert.True(ex.FieldErrors.ContainsKey(nameof(SupportContactInput.Email)));
    }

    [Fact]
    public async Task Remove_LastContact_IsRefusedWithReason()
    {
        await using var console = await TestConsole.StartAsync();
        await using var scope = console.As(TestUsers.PartnerAdmin);
        var contacts = (await console.Get<AccountQueryService>(scope).GetAsync(6)).Contacts;
        var svc = console.Get<SupportContactService>(scope);
        foreach (var c in contacts.Skip(1)) await svc.RemoveAsync(6, c.Id);
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => svc.RemoveAsync(6, contacts[0].Id));
        Assert.Contains("only support contact", ex.Message);
        Assert.Single((await console.Get<AccountQueryService>(scope).GetAsync(6)).Contacts);
    }

    [Fact]
    public async Task Remove_LastTwoAtOnce_ExactlyOneSucceeds()
    {
        await using var console = await TestConsole.StartAsync();
        await using var a = console.As(TestUsers.PartnerAdmin);
        await using var b = console.As(TestUsers.AccountAdmin);
        var svcA = console.Get<SupportContactService>(a);
        var contacts = (await console.Get<AccountQueryService>(a).GetAsync(DemoData.AccountId)).Contacts.ToList();
        foreach (var c in contacts.Skip(2)) await svcA.RemoveAsync(DemoData.AccountId, c.Id);
        if (contacts.Count < 2) contacts.Add(new SupportContactRow(await svcA.AddAsync(DemoData.AccountId, new SupportContactInput("Second", "second@acme.example", "")), "", "", ""));

        var results = await Task.WhenAll(
            AccountEditServiceTests.Try(() => svcA.RemoveAsync(DemoData.AccountId, contacts[0].Id)),
            AccountEditServiceTests.Try(() => console.Get<SupportContactService>(b).RemoveAsync(DemoData.AccountId, contacts[1].Id)));

        Assert.Equal(1, results.Count(r => r is null));
        Assert.IsType<ValidationFailedException>(Assert.Single(results, r => r is not null));
        Assert.Single((await console.Get<AccountQueryService>(a).GetAsync(DemoData.AccountId)).Contacts);
    }

    [Fact]
    public async Task Remove_OtherPartnersContact_IsNotFound()
    {
        await using var console = await TestConsole.StartAsync();
        int contactId;
        await using (var db = await console.SystemDbAsync())
            contactId = await db.Set<SupportContact>().Where(c => c.AccountId == DemoData.AccountId).Select(c => c.Id).FirstAsync();
        await using var scope = console.As(TestUsers.OtherPartner);
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<SupportContactService>(scope).RemoveAsync(DemoData.AccountId, contactId));
        await Assert.ThrowsAsync<NotFoundException>(() => console.Get<SupportContactService>(scope).RemoveAsync(DemoData.OtherPartnerAccountId, contactId));
    }
}
