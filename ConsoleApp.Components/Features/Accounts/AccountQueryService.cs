using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Live;
using ConsoleApp.Components.Platform.Data;
using ConsoleApp.Components.Platform.Export;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Features.Accounts;

/// <summary>Reads: the partner's accounts list (and its CSV) and one account's information page.</summary>
public sealed class AccountQueryService(ConsoleDb consoleDb, IEnumerable<IAccountSubscriptionSource> subscriptionSources)
{
    /// <summary>The live topics on which the account page's subscriptions change.</summary>
    public IEnumerable<LiveTopic> SubscriptionTopics => subscriptionSources.Select(s => s.Topic).Distinct();

    public async Task<PagedResult<AccountListRow>> SearchAsync(AccountFilter filter, PageRequest page, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequirePartner(user, "list accounts");
        await using var db = await consoleDb.OpenAsync(user, ct);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var ordered = Sort(query, page);
        var items = await Project(ordered.ThenBy(a => a.Id).Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(ct);
        return new PagedResult<AccountListRow>(items, total);
    }

    /// <summary>The filtered accounts as CSV, in the grid's order when <paramref name="order"/> is given (by name otherwise).</summary>
    public async Task<byte[]> ExportCsvAsync(AccountFilter filter, PageRequest? order = null, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequirePartner(user, "export accounts");
        await using var db = await consoleDb.OpenAsync(user, ct);
        var rows = await Project(Sort(Filtered(db, filter), order ?? new PageRequest()).ThenBy(a => a.Id)).ToListAsync(ct);
        return CsvExport.Write(rows.Select(r => new
        {
            AccountId = r.AccountKey, r.Name, Status = r.Status.ToString(), r.Country, r.City, r.BusinessType, r.PbxType,
            Created = r.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    private static IOrderedQueryable<CustomerAccount> Sort(IQueryable<CustomerAccount> query, PageRequest page)
    {
        var d = page.Descending;
        return page.SortBy switch
        {
            nameof(AccountListRow.AccountKey) => d ? query.OrderByDescending(a => a.AccountKey) : query.OrderBy(a => a.AccountKey),
            nameof(AccountListRow.Status) => d ? query.OrderByDescending(a => a.Status).ThenBy(a => a.Name) : query.OrderBy(a => a.Status).ThenBy(a => a.Name),
            nameof(AccountListRow.Country) => d ? query.OrderByDescending(a => a.Country).ThenBy(a => a.Name) : query.OrderBy(a => a.Country).ThenBy(a => a.Name),
            nameof(AccountListRow.City) => d ? query.OrderByDescending(a => a.City).ThenBy(a => a.Name) : query.OrderBy(a => a.City).ThenBy(a => a.Name),
            nameof(AccountListRow.BusinessType) => d ? query.OrderByDescending(a => a.BusinessType).ThenBy(a => a.Name) : query.OrderBy(a => a.BusinessType).ThenBy(a => a.Name),
            nameof(AccountListRow.CreatedAt) => d ? query.OrderByDescending(a => a.CreatedAt) : query.OrderBy(a => a.CreatedAt),
            _ => d ? query.OrderByDescending(a => a.Name) : query.OrderBy(a => a.Name),
        };
    }

    /// <summary>The account an account admin manages (their "Account" page); null for everyone else.</summary>
    public async Task<int?> OwnAccountIdAsync()
    {
        var user = await consoleDb.UserAsync();
        return user.IsInRole(Roles.AccountAdmin) ? user.AccountId : null;
    }

    public async Task<AccountDetails> GetAsync(int accountId, CancellationToken ct = default)
    {
        var user = await consoleDb.UserAsync();
        AccountAccess.RequireViewer(user);
        await using var db = await consoleDb.OpenAsync(user, ct);
        var a = await db.Set<CustomerAccount>().AsNoTracking()
            .SingleOrDefaultAsync(x => x.Id == accountId && x.Status != AccountStatus.Deleted, ct)
            ?? throw new NotFoundException(AccountAccess.NotFoundMessage);
        var switches = await db.Set<AccountIntegrations>().AsNoTracking().SingleOrDefaultAsync(i => i.AccountId == accountId, ct);
        var contacts = await db.Set<SupportContact>().AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new SupportContactRow(c.Id, c.Name, c.Email, c.Phone)).ToListAsync(ct);
        var subscriptions = new List<SubscriptionRow>();
        foreach (var source in subscriptionSources)
            subscriptions.AddRange((await source.ForAccountAsync(db, accountId, ct)).Select(o =>
                new SubscriptionRow(o.OrderId, o.SapOrderId, o.Licenses, o.TermMonths, o.IsPerpetual, o.AssignedAt, o.ActivatedAt, o.ExpiresAt)));
        return new AccountDetails(a.Id, a.PartnerId, a.Name, a.AccountKey, a.Status, a.Country, a.ProvinceState, a.Address,
            a.City, a.PostalCode, a.DefaultLanguage, a.BusinessType, a.SapCustomerNumber, a.CloudLocation, a.PbxType,
            a.CreatedAt, a.Version, switches?.State ?? IntegrationState.AllOff, switches?.BandwidthOptimization ?? false,
            contacts, subscriptions, AccountAccess.PermissionsFor(user, a.Status));
    }

    private static IQueryable<CustomerAccount> Filtered(ConsoleDbContext db, AccountFilter filter)
    {
        var query = db.Set<CustomerAccount>().AsNoTracking().Where(a => a.Status != AccountStatus.Deleted);
        if (filter.Status is { } status) query = query.Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // LIKE rather than Contains: SQLite's instr() is case-sensitive, users expect "acme" to find "Acme".
            var p = "%" + filter.Search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(a => EF.Functions.Like(a.Name, p, "\\") || EF.Functions.Like(a.AccountKey, p, "\\")
                || EF.Functions.Like(a.City, p, "\\") || EF.Functions.Like(a.SapCustomerNumber, p, "\\"));
        }
        return query;
    }

    private static IQueryable<AccountListRow> Project(IQueryable<CustomerAccount> query) =>
        query.Select(a => new AccountListRow(a.Id, a.Name, a.AccountKey, a.Status, a.Country, a.City, a.BusinessType, a.PbxType, a.CreatedAt));
}
