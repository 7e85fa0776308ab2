using System.Buffers;
using System.Globalization;
using System.Text;

namespace ConsoleApp.Components.Platform.Security;

/// <summary>
/// Characters that have no place in a one-line text value and can mislead whoever reads it: control characters
/// (C0, DEL, C1: line breaks forge log lines, escape sequences drive terminals) and the bidirectional formatting
/// characters that make text display in another order than it is stored ("Trojan Source"). APIs refuse them in
/// text fields; the log escapes them.
/// </summary>
public static class UnsafeText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(BuildUnsafe());

    private static string BuildUnsafe()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c <= '\u009F'; c++) if (char.IsControl(c)) chars.Append(c);
        // Arabic letter mark, LRM/RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI, line and paragraph separators.
        chars.Append("\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u2028\u2029");
        return chars.ToString();
    }

    /// <summary>The position of the first unsafe character, or -1.</summary>
    public static int IndexOfUnsafe(string? value) => value is null ? -1 : value.AsSpan().IndexOfAny(Unsafe);

    public static bool HasUnsafe(string? value) => IndexOfUnsafe(value) >= 0;

    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary>How a user is told which character was refused: U+202E.</summary>
    public static string Describe(char c) => $"U+{(int)c:X4}";

    /// <summary>The value with every unsafe character written as an escape (<c>\n</c>, <c>\r</c>, <c>\t</c>,
    /// <c>\u202E</c>), so it stays on one line and shows what it really contains. Backslashes are left alone:
    /// an escape cannot be told from a typed one, but it cannot break a line either.</summary>
    public static string Escape(string value)
    {
        var first = value.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return value;
        var escaped = new StringBuilder(value.Length + 16).Append(value, 0, first);
        foreach (var c in value.AsSpan(first))
        {
            if (!Unsafe.Contains(c)) { escaped.Append(c); continue; }
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return escaped.ToString();
    }
}
