using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ConsoleApp.Components.Platform.Export;

/// <summary>CSV for grid exports. Cells starting with = + - @ are prefixed with ' so spreadsheets do not run them as formulas.</summary>
public static class CsvExport
{
    public static byte[] Write<T>(IEnumerable<T> rows, Action<CsvContext>? configure = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
        }))
        {
            configure?.Invoke(csv.Context);
            csv.WriteRecords(rows);
        }
        return stream.ToArray();
    }
}
