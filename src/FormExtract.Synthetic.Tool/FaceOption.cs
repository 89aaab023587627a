using System.CommandLine;
using FormExtract.Synthetic.Rendering;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>--face</c>: the face scans and phone captures are printed in, by its name in <see cref="HtmlStyle.Faces"/>.</summary>
internal static class FaceOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--face")
        {
            Description = "Face scans and phone captures are printed in: " + string.Join(", ", HtmlStyle.Faces.Select(f => f.Name))
                + " (default the first; coarse scans go through them all).",
            DefaultValueFactory = _ => HtmlStyle.Faces[0].Name,
        };
        option.AcceptOnlyFromAmong([.. HtmlStyle.Faces.Select(f => f.Name)]);
        return option;
    }

    public static HtmlStyle Of(string name) => HtmlStyle.Face(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "Not a face of HtmlStyle.Faces.");
}
