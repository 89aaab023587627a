using System.Text.Json;
using FormExtract.Core.Model;
using FormExtract.Core.Output;

namespace FormExtract.Core.Tests.Output;

/// <summary>A cell's confidence goes to JSON through a decimal: the bytes must be those the writer writes for the double, and read back to it.</summary>
public sealed class CellConfidenceJsonTests
{
    [Fact]
    public void Every_confidence_a_cell_can_hold_is_written_as_the_double_would_be_and_reads_back_to_it()
    {
        // Cells hold confidences rounded to four places: the model's probabilities and the recogniser's figures alike.
        var values = Enumerable.Range(0, 10_001).Select(k => Math.Round(k / 10_000.0, 4));
        foreach (var value in values)
        {
            var json = JsonSerializer.Serialize(new TextCell { Text = "某经费", Value = "某经费", Confidence = value }, DocumentJsonContext.Default.TextCell);

            Assert.Contains($"\"confidence\": {JsonSerializer.Serialize(value)}\n", json, StringComparison.Ordinal);
            Assert.Equal(value, JsonSerializer.Deserialize(json, DocumentJsonContext.Default.TextCell)!.Confidence);
        }
    }

    [Theory]
    [InlineData(0.123456)]
    [InlineData(0.99995)]
    [InlineData(0.00001)]
    [InlineData(0.3333333)]
    public void A_confidence_off_the_four_places_is_written_as_a_plain_decimal_and_reads_back_to_it(double value)
    {
        // A document read back from JSON another tool wrote may hold any figure; it must come out as it went in.
        var json = JsonSerializer.Serialize(new TextCell { Text = "某经费", Value = "某经费", Confidence = value }, DocumentJsonContext.Default.TextCell);

        Assert.Matches("\"confidence\": 0\\.[0-9]+\n", json);
        Assert.Equal(value, JsonSerializer.Deserialize(json, DocumentJsonContext.Default.TextCell)!.Confidence);
    }

    [Fact]
    public void A_cell_with_no_confidence_writes_none_and_reads_back_with_none()
    {
        var json = JsonSerializer.Serialize(new NumberCell { Text = "9.19", Value = 9.19m }, DocumentJsonContext.Default.NumberCell);

        Assert.DoesNotContain("confidence", json, StringComparison.Ordinal);
        Assert.Null(JsonSerializer.Deserialize(json, DocumentJsonContext.Default.NumberCell)!.Confidence);
        Assert.Equal(0.87, JsonSerializer.Deserialize("""{ "text": "9.19", "value": 9.19, "confidence": 0.87 }""", DocumentJsonContext.Default.NumberCell)!.Confidence);
    }
}
