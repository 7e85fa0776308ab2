using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace ConsoleApp.Components.Platform.Data.Postgres;

/// <summary>
/// Makes <c>EF.Functions.Like</c> match case-insensitively on PostgreSQL, as it does on SQLite, so every search box
/// behaves the same on both providers: <c>lower(x) LIKE lower(pattern)</c>. The PostgreSQL migrations index the
/// searched columns by <c>lower(column)</c> with trigrams, which serves these contains-searches.
/// Its presence in the options also tells <see cref="ConsoleDbContext"/> to build the PostgreSQL model.
/// </summary>
internal sealed class ConsolePostgresExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        services.AddScoped<IMethodCallTranslatorPlugin, CaseInsensitiveLikePlugin>();

    public void Validate(IDbContextOptions options) { }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "ConsolePostgres ";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["ConsolePostgres"] = "1";
    }
}

internal sealed class CaseInsensitiveLikePlugin(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
{
    public IEnumerable<IMethodCallTranslator> Translators { get; } = [new CaseInsensitiveLikeTranslator(sql)];
}

internal sealed class CaseInsensitiveLikeTranslator(ISqlExpressionFactory sql) : IMethodCallTranslator
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;
    private static readonly MethodInfo LikeWithEscape = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
    {
        if (method != Like && method != LikeWithEscape) return null;
        var mapping = Microsoft.EntityFrameworkCore.Query.ExpressionExtensions.InferTypeMapping(arguments[1], arguments[2]);
        var match = Lower(sql.ApplyTypeMapping(arguments[1], mapping));
        var pattern = Lower(sql.ApplyTypeMapping(arguments[2], mapping));
        var escape = arguments.Count > 3 ? sql.ApplyTypeMapping(arguments[3], mapping) : null;
        return sql.Like(match, pattern, escape);
    }

    private SqlExpression Lower(SqlExpression value) =>
        sql.Function("lower", [value], nullable: true, argumentsPropagateNullability: [true], typeof(string), value.TypeMapping);
}
