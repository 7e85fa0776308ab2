namespace ConsoleApp.Tests;

/// <summary>For effects that land off the caller's thread (live notifications, background workers): polls the
/// condition and fails the test if it is not true within the timeout.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(condition(), $"condition not met within {(timeout ?? TimeSpan.FromSeconds(5)).TotalSeconds} s");
    }
}
