using System.CommandLine;
using FormExtract.Synthetic.Generation;

namespace FormExtract.Synthetic.Tool;

/// <summary><c>--breaks</c>: how many rules a broken form breaks at most (<see cref="GeneratorOptions.BreaksPerForm"/>).</summary>
internal static class BreaksOption
{
    public static Option<int> Create()
    {
        var option = new Option<int>("--breaks")
        {
            Description = $"Rules a broken form breaks at most: its own and, beyond one, sums beside it (1 to {GeneratorOptions.MaxBreaksPerForm}; default 1).",
            DefaultValueFactory = _ => 1,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > GeneratorOptions.MaxBreaksPerForm)
            {
                result.AddError($"--breaks lies between 1 and {GeneratorOptions.MaxBreaksPerForm}.");
            }
        });
        return option;
    }
}
