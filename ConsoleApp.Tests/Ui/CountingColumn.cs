using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ConsoleApp.Tests.Ui;

/// <summary>A template column that counts how often it is handed its parameters (each time is a render of the column).</summary>
public sealed class CountingColumn<T> : TemplateColumn<T>
{
    [Parameter] public Action? ParametersSet { get; set; }

    protected override void OnParametersSet()
    {
        base.OnParametersSet();
        ParametersSet?.Invoke();
    }
}
