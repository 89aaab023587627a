using FormExtract.Pdf.Tests.Support;

namespace FormExtract.Pdf.Tests;

/// <summary>A whole form drawn by ReportLab: another font, 1 pt stroked rules, a crop box away from the origin.</summary>
public class OtherProducerTests
{
    [Fact]
    public void Overprinted_fake_bold_letters_are_read_once()
    {
        var layout = Fixture.Read("reportlab-full-form.pdf");

        Assert.Equal("财政项目支出绩效自评表", Assert.Single(layout.Rows[0].Cells).Text);
    }

    [Fact]
    public void Boxes_are_measured_from_the_crop_box_corner()
    {
        var layout = Fixture.Read("reportlab-full-form.pdf");

        var label = layout.Rows.SelectMany(r => r.Cells).First(c => c.Text == "项目名称").Origin.Box!.Value;

        // The table starts 30 pt from the left of the crop box, which itself starts 40 pt into the media box.
        Assert.Equal(30, label.X0, 0.5);
        Assert.InRange(label.Y0, 60, 70);
    }

    [Fact]
    public void A_figure_wrapped_inside_its_digits_is_joined_without_a_space()
    {
        var layout = Fixture.Read("reportlab-full-form.pdf");

        var funding = layout.Rows.Single(r => r.Cells.Any(c => c.Text == "年度资金总额"));

        Assert.Equal(["5284550.00", "4328240.00", "2,612,933.32"], funding.Cells.Skip(2).Take(3).Select(c => c.Text));
    }
}
