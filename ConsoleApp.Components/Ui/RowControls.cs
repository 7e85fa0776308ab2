using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ConsoleApp.Components.Ui;

/// <summary>
/// The controls a grid row shows (its action button, its selection check box) as plain markup with MudBlazor's own CSS
/// classes, the same accessible names and the same look, but no component. Every open page pays for every component
/// it holds (two render trees and MudBlazor's parameter state, about 5 KB each) and renders them again on a live
/// change; a <c>MudCheckBox</c> is three components (check box, input control, icon) and a <c>MudButton</c> one, in
/// every row. Markup costs nothing between renders, and an unchanged row's markup produces no edits as long as its
/// handler is the same delegate on every render: give it one from <see cref="RowHandlers{TKey}"/>.
/// </summary>
public static class RowControls
{
    /// <summary>A small filled primary button (MudButton's markup). Its click does not reach the row (no row click).</summary>
    /// <param name="receiver">The page (<c>this</c>): it renders after the handler, like a MudButton's OnClick.</param>
    public static RenderFragment Button(IHandleEvent receiver, Func<Task> onClick, string text, string ariaLabel, string? dataStatus = null) => builder =>
    {
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "class", "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-small mud-ripple");
        builder.AddAttribute(3, "aria-label", ariaLabel);
        builder.AddAttribute(4, "data-status", dataStatus);
        builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(receiver, onClick));
        builder.AddEventStopPropagationAttribute(6, "onclick", true);
        // The label as one markup frame (RowMarkup): a row's frames are built and diffed on every open page per change.
        builder.AddMarkupContent(7, RowMarkup.Cached("button-label", text, null, null, null, (t, _, _, _) => $"<span class=\"mud-button-label\">{RowMarkup.Encode(t)}</span>").Value);
        builder.CloseElement();
    };

    /// <summary>A small dense check box (MudCheckBox's markup: a native check box, named by <paramref name="ariaLabel"/>,
    /// under MudBlazor's icon). <paramref name="onToggle"/> runs when the user ticks or clears it; the page then shows
    /// the new state through <paramref name="isChecked"/>. Its click does not reach the row.</summary>
    /// <param name="receiver">The page (<c>this</c>): it renders after the handler, like a MudCheckBox's ValueChanged.</param>
    public static RenderFragment CheckBox(IHandleEvent receiver, Func<Task> onToggle, bool isChecked, string ariaLabel) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-input-control mud-input-control-boolean-input");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", "mud-input-control-input-container");
        builder.OpenElement(4, "label");
        builder.AddAttribute(5, "class", "mud-checkbox mud-input-content-placement-end");
        builder.AddEventStopPropagationAttribute(6, "onclick", true);
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", isChecked ? CheckedClass : UncheckedClass);
        builder.OpenElement(9, "input");
        builder.AddAttribute(10, "tabindex", "0");
        builder.AddAttribute(11, "aria-label", ariaLabel);
        builder.AddAttribute(12, "type", "checkbox");
        builder.AddAttribute(13, "class", "mud-checkbox-input");
        builder.AddAttribute(14, "checked", isChecked);
        builder.AddAttribute(15, "onchange", EventCallback.Factory.Create(receiver, onToggle));
        builder.CloseElement();
        // MudBlazor's icon as one markup frame (RowMarkup): it has no handler, and a row's frames are built and diffed on
        // every open page per change.
        builder.AddMarkupContent(16, isChecked ? CheckedIcon : UncheckedIcon);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private static readonly string CheckedIcon = IconMarkup.Svg(Icons.Material.Filled.CheckBox, "small");
    private static readonly string UncheckedIcon = IconMarkup.Svg(Icons.Material.Filled.CheckBoxOutlineBlank, "small");
    private const string BoxClass = "mud-button-root mud-icon-button mud-default-text hover:mud-default-hover mud-checkbox-dense mud-ripple mud-ripple-checkbox";
    private const string CheckedClass = BoxClass + " mud-checkbox-true";
    private const string UncheckedClass = BoxClass + " mud-checkbox-false";
}
