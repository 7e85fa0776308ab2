using ConsoleApp.Components.Platform.Tenancy;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Serilog.Context;

namespace ConsoleApp.Components.Platform.Logging;

/// <summary>Puts the circuit's user, role and tenant into the log context of every event the circuit handles
/// (clicks, renders, JS calls), so logs from services name who did it.</summary>
public sealed class CircuitLogContextHandler(ICurrentUser currentUser) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = await currentUser.GetAsync();
            using var _ = LogContext.PushProperty(LogProperties.User, user.IsAuthenticated ? user.Email : LogProperties.Anonymous);
            using var __ = LogContext.PushProperty(LogProperties.Role, user.Role);
            using var ___ = LogContext.PushProperty(LogProperties.Tenant, user.TenantKey);
            await next(context);
        };
}
