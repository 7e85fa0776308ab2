using ConsoleApp.Components.Platform.Data;
using Npgsql;

namespace ConsoleApp.Tests.Platform;

/// <summary>The console's PostgreSQL sessions plan serially unless the connection string says otherwise.</summary>
public sealed class SerialPlansTests
{
    [Fact]
    public void SerialPlans_NoOptions_TurnsParallelWorkersOff()
    {
        var result = new NpgsqlConnectionStringBuilder(ConsoleDatabase.SerialPlans("Host=db;Database=console;Username=console"));

        Assert.Equal("-c max_parallel_workers_per_gather=0", result.Options);
        Assert.Equal("console", result.Database);
    }

    [Fact]
    public void SerialPlans_OwnOptions_KeptAsTheyAre()
    {
        var result = new NpgsqlConnectionStringBuilder(ConsoleDatabase.SerialPlans("Host=db;Options=-c max_parallel_workers_per_gather=2"));

        Assert.Equal("-c max_parallel_workers_per_gather=2", result.Options);
    }

    [Fact]
    public void SerialPlans_AppliedTwice_SameString()
    {
        // Pools are keyed by the connection string: a string already passed through must come back unchanged.
        var once = ConsoleDatabase.SerialPlans("Host=db;Port=5432;Database=console;Username=console;Maximum Pool Size=20");

        Assert.Equal(once, ConsoleDatabase.SerialPlans(once));
    }
}
