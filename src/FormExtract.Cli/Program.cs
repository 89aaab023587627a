using FormExtract.Cli.Commands;

// Composition root: the commands, nothing else. Exit codes: 0 all inputs read, 1 some failed, 2 usage,
// 3 findings past --fail-on, 130/143 interrupted by SIGINT/SIGTERM.
return await CommandLine.Create().RunAsync(args).ConfigureAwait(false);
