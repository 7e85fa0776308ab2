namespace ConsoleApp.Components.Ui;

/// <summary>
/// Field messages for a MudForm: each field's <c>Validation</c> is <see cref="For"/> its name, which answers with the
/// rules' message for the current values, or else the message the service sent back for that field. So the same
/// rules run as the user types and the service's verdict shows under the field it concerns.
/// </summary>
public sealed class FormErrors(Func<IReadOnlyDictionary<string, string>> rules)
{
    private IReadOnlyDictionary<string, string> _server = new Dictionary<string, string>();

    public void FromServer(IReadOnlyDictionary<string, string> errors) => _server = errors;

    public void Clear() => _server = new Dictionary<string, string>();

    public Func<string, string?> For(string field) => _ => Message(field);

    public string? Message(string field) =>
        rules().TryGetValue(field, out var rule) ? rule : _server.TryGetValue(field, out var server) ? server : null;
}
