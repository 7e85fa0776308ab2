using ConsoleApp.Components.Features.Accounts;
using ConsoleApp.Components.Platform.Errors;
using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Tests.Platform.Errors;

public sealed class ConsoleErrorsTests
{
    [Fact]
    public void UserMessage_ConsoleExceptions_ShowTheirMessageWithTheirKind()
    {
        ConsoleException[] refusals =
        [
            new AccessDeniedException("a"), new NotFoundException("b"), new ValidationFailedException("c"),
            new ConcurrencyConflictException("d"), new AccountEditConflictException("e", new CustomerInfoInput("", "", "", "", "", "", "", ""), Guid.Empty),
        ];
        Assert.Equal(["a", "b", "c", "d", "e"], refusals.Select(ConsoleErrors.UserMessage));
        Assert.Equal([ConsoleErrorKind.AccessDenied, ConsoleErrorKind.NotFound, ConsoleErrorKind.Validation, ConsoleErrorKind.Conflict, ConsoleErrorKind.Conflict],
            refusals.Select(r => r.Kind));
    }

    [Fact]
    public void UserMessage_Fault_IsNotShown() =>
        Assert.Null(ConsoleErrors.UserMessage(new InvalidOperationException("connection string with a password")));

    [Fact]
    public void Require_NotAllowed_ThrowsAccessDeniedWithTheMessage()
    {
        var ex = Assert.Throws<AccessDeniedException>(() => TestUsers.PartnerStaff.RequireRole("Only partner admins can do this.", Roles.PartnerAdmin));
        Assert.Equal("Only partner admins can do this.", ex.Message);
        Assert.Same(TestUsers.PartnerAdmin, TestUsers.PartnerAdmin.RequireRole("x", Roles.PartnerAdmin));
    }
}
