using ConsoleApp.Components.Platform.Security;
using Serilog.Core;
using Serilog.Events;

namespace ConsoleApp.Components.Platform.Logging;

/// <summary>
/// The one place that keeps user input from forging log lines: every text property of every event (a request
/// path, a search term, a SAP order id, a header) has its line breaks, other control characters and bidirectional
/// controls written as escapes (<see cref="UnsafeText.Escape"/>) before any sink renders it, so one event is one line
/// whatever the input was. Message templates are the code's own; exception stack traces stay multi-line on purpose.
/// Registered after the other enrichers, so it also covers the properties they add.
/// </summary>
public sealed class LogForgingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory factory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Escape(value);
            if (!ReferenceEquals(safe, value)) (changed ??= []).Add(new LogEventProperty(name, safe));
        }
        if (changed is null) return;
        foreach (var property in changed) logEvent.AddOrUpdateProperty(property);
    }

    /// <summary>The same value when nothing needed escaping (the common case allocates nothing).</summary>
    private static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var escaped = UnsafeText.Escape(text);
                return ReferenceEquals(escaped, text) ? value : new ScalarValue(escaped);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => Escape(p.Value) is var v && ReferenceEquals(v, p.Value) ? p : new LogEventProperty(p.Name, v)).ToList();
                return properties.SequenceEqual(structure.Properties) ? value : new StructureValue(properties, structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => (Key: (ScalarValue)Escape(e.Key), Value: Escape(e.Value))).ToList();
                return entries.Zip(dictionary.Elements).All(p => ReferenceEquals(p.First.Key, p.Second.Key) && ReferenceEquals(p.First.Value, p.Second.Value))
                    ? value
                    : new DictionaryValue(entries.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, e.Value)));
            default:
                return value;
        }
    }
}
