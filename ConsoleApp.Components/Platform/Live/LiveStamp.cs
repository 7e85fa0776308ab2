using ConsoleApp.Components.Platform.Tenancy;

namespace ConsoleApp.Components.Platform.Live;

/// <summary>
/// A point in this instance's change feed, taken before data is read (a prerender's first page). Later,
/// <see cref="IChangeNotifier.ChangedSince"/> tells whether a change of a topic arrived after it, so data read then
/// and shown afterwards (the interactive render taking the prerendered page) is known to be current or stale.
/// </summary>
/// <param name="Instance">The process that took it: a sequence means nothing in another instance.</param>
/// <param name="Sequence">How many changes this instance had seen.</param>
public sealed record LiveStamp(string Instance, long Sequence);

/// <summary>What a live view follows: a topic, for one tenant.</summary>
public readonly record struct LiveFeed(LiveTopic Topic, Tenant Tenant);
