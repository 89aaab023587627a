using System.CommandLine;
using FormExtract.Synthetic.Tool;
using Serilog;

// Logs go to stderr; stdout carries only the score report.
Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .WriteTo.Console(standardErrorFromLevel: Serilog.Events.LogEventLevel.Verbose)
    .CreateLogger();
try
{
    var root = new RootCommand("Synthetic 绩效自评表 corpus: generate forms of every layout and text shape with ground truth, score extractions against it.")
    {
        GenerateCommand.Create(Log.Logger),
        ScoreCommand.Create(Log.Logger),
        MeasureCommand.Create(Log.Logger),
        ConfidenceCommand.Create(Log.Logger),
    };
    return root.Parse(args).Invoke();
}
finally
{
    Log.CloseAndFlush();
}
