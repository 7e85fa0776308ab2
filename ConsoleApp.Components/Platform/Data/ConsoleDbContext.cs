using System.Linq.Expressions;
using ConsoleApp.Components.Platform.Audit;
using ConsoleApp.Components.Platform.Identity;
using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ConsoleApp.Components.Platform.Data;

/// <summary>
/// The console's one database. Features add entities with an <c>IEntityTypeConfiguration</c> in their own folder
/// (picked up from this assembly) and reach them with <c>db.Set&lt;T&gt;()</c>, so this file rarely changes.
/// Tenant-owned entities get global query filters from their marker interface (<see cref="IPartnerOwned"/> ...).
/// The sign-ins are the framework's Identity tables (<c>AspNetUsers</c>, <c>AspNetRoles</c>, ...): they carry no
/// tenant filter (sign-in must find a user before anyone knows its tenant), so features reach them only for their
/// own users' rows (e.g. a reseller's portal users) and check the tenant themselves.
/// </summary>
public sealed class ConsoleDbContext(DbContextOptions<ConsoleDbContext> options)
    : IdentityDbContext<ConsoleUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring (cookies, antiforgery tokens, prerendered state), shared by every
    /// instance on this database, so what one instance protects another can read.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// The Identity store options the model is built from (table layout version 3, the .NET 10 one). The host and the
    /// design-time factory both apply them: IdentityDbContext reads them from the application's services, so a
    /// difference would make the running model differ from the migrations.
    /// </summary>
    public static void ConfigureIdentityStores(StoreOptions stores) => stores.SchemaVersion = IdentitySchemaVersions.Version3;

    private TenantScope _scope = TenantScope.Nobody;
    // Read from the options: the Database facade is not usable while the model is being built.
    private readonly bool _postgres = options.FindExtension<Postgres.ConsolePostgresExtension>() is not null;

    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Reseller> Resellers => Set<Reseller>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Limits every tenant-owned query of this context to the user's tenant (System sees all).</summary>
    public ConsoleDbContext ScopeTo(UserContext user)
    {
        _scope = TenantScope.For(user);
        return this;
    }

    // Read by the query filters; EF turns these into parameters per context instance.
    private bool BypassTenant => _scope.Bypass;
    private int? ScopePartnerId => _scope.PartnerId;
    private int? ScopeAccountId => _scope.AccountId;
    private int? ScopeResellerId => _scope.ResellerId;
    private int? ScopeCompanyId => _scope.CompanyId;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
        foreach (var type in modelBuilder.Model.GetEntityTypes().Select(t => t.ClrType).ToList())
        {
            var filter = TenantFilterFor(type);
            if (filter is not null) modelBuilder.Entity(type).HasQueryFilter(filter);
            if (typeof(IVersioned).IsAssignableFrom(type))
                modelBuilder.Entity(type).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
        if (_postgres) Postgres.PostgresModel.Apply(modelBuilder);
    }

    private LambdaExpression? TenantFilterFor(Type type)
    {
        string method = type switch
        {
            _ when typeof(ICustomerOwned).IsAssignableFrom(type) => nameof(CustomerFilter),
            _ when typeof(IAccountRoot).IsAssignableFrom(type) => nameof(AccountRootFilter),
            _ when typeof(IPartnerOwned).IsAssignableFrom(type) => nameof(PartnerFilter),
            _ when typeof(IResellerOwned).IsAssignableFrom(type) => nameof(ResellerFilter),
            _ when typeof(ICompanyOwned).IsAssignableFrom(type) => nameof(CompanyFilter),
            _ => "",
        };
        if (method.Length == 0) return null;
        return (LambdaExpression)GetType()
            .GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type).Invoke(this, null)!;
    }

    // Account users have both a partner and an account in scope; partner users only a partner.
    private Expression<Func<T, bool>> CustomerFilter<T>() where T : ICustomerOwned =>
        e => BypassTenant || (e.PartnerId == ScopePartnerId && (ScopeAccountId == null || e.AccountId == ScopeAccountId));

    private Expression<Func<T, bool>> AccountRootFilter<T>() where T : IAccountRoot =>
        e => BypassTenant || (e.PartnerId == ScopePartnerId && (ScopeAccountId == null || e.Id == ScopeAccountId));

    private Expression<Func<T, bool>> PartnerFilter<T>() where T : IPartnerOwned =>
        e => BypassTenant || e.PartnerId == ScopePartnerId;

    private Expression<Func<T, bool>> ResellerFilter<T>() where T : IResellerOwned =>
        e => BypassTenant || e.ResellerId == ScopeResellerId;

    private Expression<Func<T, bool>> CompanyFilter<T>() where T : ICompanyOwned =>
        e => BypassTenant || e.CompanyId == ScopeCompanyId;

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The audit trail is append-only.");
            if (entry.Entity is IVersioned versioned && entry.State is EntityState.Added or EntityState.Modified)
                versioned.Version = Guid.NewGuid();
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Only the Data Protection key store saves synchronously (its repository API is synchronous; a key
    /// is written about once in 90 days). Everything else uses <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).All(e => e.Entity is DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync: the console never blocks a circuit thread on I/O.");
}

internal sealed record TenantScope(bool Bypass, int? PartnerId, int? AccountId, int? ResellerId, int? CompanyId)
{
    public static readonly TenantScope Nobody = new(false, null, null, null, null);

    public static TenantScope For(UserContext user) => user.IsSystem
        ? new TenantScope(true, null, null, null, null)
        : new TenantScope(false, user.PartnerId, user.AccountId, user.ResellerId, user.CompanyId);
}
