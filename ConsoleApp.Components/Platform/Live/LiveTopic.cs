namespace ConsoleApp.Components.Platform.Live;

/// <summary>What kind of thing changed ("orders", "vouchers"). Each feature declares its topics once, as static
/// fields of its own <c>*Topics</c> class; nobody else spells the name.</summary>
public readonly record struct LiveTopic(string Name)
{
    public override string ToString() => Name;
}
