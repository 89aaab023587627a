using FormExtract.Cli.Commands;

// Composition root: the commands, nothing else. Exit codes: 0 all inputs read, 1 some failed, 2 usage.
return await CommandLine.Create().RunAsync(args).ConfigureAwait(false);
