using System.CommandLine;
using Conformance.Cli;

// The `conformance` command line: ./conformance <verb> from the repository root.
var root = new RootCommand("Conformance: a conformance harness for the Exchange MAPI store protocols")
{
    RunCommand.Create(),
    CatalogCommands.Create(),
    ReportCommand.Create(),
    ServeCommand.Create(),
};
FuzzAflCommands.AddTo(root);
FuzzTrafficCommands.AddTo(root);
return root.Parse(args).Invoke();
