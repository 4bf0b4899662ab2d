namespace Conformance.Cli;

using System.CommandLine;
using Conformance.Harness.Catalog;

/// <summary><c>conformance catalog check|scaffold|diff|list</c>: keep the requirement catalogs in step with the specifications.</summary>
internal static class CatalogCommands
{
    public static Command Create()
    {
        var catalog = new Command("catalog", "Requirement catalogs: one JSON file per specification under catalog/");
        catalog.Subcommands.Add(Check());
        catalog.Subcommands.Add(Scaffold());
        catalog.Subcommands.Add(Diff());
        catalog.Subcommands.Add(List());
        catalog.Subcommands.Add(Import());
        return catalog;
    }

    private static Option<FileInfo[]> SpecOption() =>
        new("--spec") { Description = "A specification in plain text (for example ../shared/seeds/001_....txt); repeatable", Required = true, AllowMultipleArgumentsPerToken = true };

    private static Option<DirectoryInfo> CatalogOption() =>
        new("--catalog") { Description = "The folder of the catalog files", DefaultValueFactory = _ => new DirectoryInfo("catalog") };

    private static Command Check()
    {
        Option<FileInfo[]> spec = SpecOption();
        Option<DirectoryInfo> folder = CatalogOption();
        var command = new Command("check", "List the statements of each document that the catalog lacks (missing), entries whose statement is gone (stale) and entries still to be written (incomplete); exit 1 if any") { spec, folder };
        command.SetAction(result =>
        {
            int failures = 0;
            foreach (FileInfo file in result.GetValue(spec)!)
            {
                SpecificationDocument document = SpecificationDocument.Load(file.FullName);
                string path = Path.Combine(result.GetValue(folder)!.FullName, RequirementCatalog.FileNameFor(document.Name));
                CatalogCheck check = CatalogCheck.Run(document, RequirementCatalog.LoadOrCreate(path, document.Name));
                Console.WriteLine($"{document.Name}: {check.Matched} matched, {check.Missing.Count} missing, {check.Stale.Count} stale, {check.Incomplete.Count} incomplete ({path})");
                foreach (NormativeStatement missing in check.Missing.Take(20))
                {
                    Console.WriteLine($"  missing  {missing.Section} {missing.Level} {missing.Key}: {Shorten(missing.Text)}");
                }

                foreach (CatalogEntry stale in check.Stale.Take(20))
                {
                    Console.WriteLine($"  stale    {stale.Id} {stale.Section} {stale.Key}");
                }

                foreach ((CatalogEntry entry, string gaps) in check.Incomplete.Take(20))
                {
                    Console.WriteLine($"  incomplete {entry.Id} {entry.Section}: no {gaps}");
                }

                failures += check.Passed ? 0 : 1;
            }

            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command Scaffold()
    {
        Option<FileInfo[]> spec = SpecOption();
        Option<DirectoryInfo> folder = CatalogOption();
        var command = new Command("scaffold", "Add an entry (new ID, no summary yet) for every missing statement and retire stale entries") { spec, folder };
        command.SetAction(result =>
        {
            foreach (FileInfo file in result.GetValue(spec)!)
            {
                SpecificationDocument document = SpecificationDocument.Load(file.FullName);
                DirectoryInfo directory = result.GetValue(folder)!;
                directory.Create();
                string path = Path.Combine(directory.FullName, RequirementCatalog.FileNameFor(document.Name));
                RequirementCatalog catalog = RequirementCatalog.LoadOrCreate(path, document.Name);
                (int added, int retired) = CatalogScaffold.Apply(document, catalog);
                catalog.Save(path);
                Console.WriteLine($"{document.Name}: {added} added, {retired} retired, {catalog.Entries.Count} entries in {path}");
            }

            return 0;
        });
        return command;
    }

    private static Command Diff()
    {
        var old = new Argument<FileInfo>("old") { Description = "The earlier revision of the document" };
        var revised = new Argument<FileInfo>("new") { Description = "The later revision of the document" };
        var command = new Command("diff", "List the normative statements a revision added, changed or removed") { old, revised };
        command.SetAction(result =>
        {
            SpecificationDiff diff = SpecificationDiff.Compare(SpecificationDocument.Load(result.GetValue(old)!.FullName), SpecificationDocument.Load(result.GetValue(revised)!.FullName));
            foreach (NormativeStatement added in diff.Added)
            {
                Console.WriteLine($"added    {added.Section} {added.Level}: {Shorten(added.Text)}");
            }

            foreach ((NormativeStatement before, NormativeStatement after) in diff.Changed)
            {
                Console.WriteLine($"changed  {before.Section} -> {after.Section} {after.Level}: {Shorten(after.Text)}");
            }

            foreach (NormativeStatement removed in diff.Removed)
            {
                Console.WriteLine($"removed  {removed.Section} {removed.Level}: {Shorten(removed.Text)}");
            }

            Console.WriteLine($"{diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        Option<FileInfo[]> spec = SpecOption();
        var command = new Command("list", "Print the normative statements extracted from each document") { spec };
        command.SetAction(result =>
        {
            foreach (FileInfo file in result.GetValue(spec)!)
            {
                SpecificationDocument document = SpecificationDocument.Load(file.FullName);
                IReadOnlyList<NormativeStatement> statements = StatementExtractor.Extract(document);
                foreach (NormativeStatement statement in statements)
                {
                    Console.WriteLine($"{document.Name} {statement.Section} {statement.Kind} {statement.Level} {statement.Fingerprint}#{statement.Occurrence}: {Shorten(statement.Text)}");
                }

                Console.WriteLine($"{document.Name}: {statements.Count} statements ({statements.Count(s => s.Kind == StatementKind.Layout)} layout)");
            }

            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var tsv = new Option<FileInfo[]>("--tsv") { Description = "Tab-separated lines: id, role, verification, reason it cannot be tested, summary; repeatable", Required = true, AllowMultipleArgumentsPerToken = true };
        Option<DirectoryInfo> folder = CatalogOption();
        var command = new Command("import", "Set role, verification and summary of entries from tab-separated lines (ids pick the catalog file)") { tsv, folder };
        command.SetAction(result =>
        {
            int problems = 0;
            DirectoryInfo directory = result.GetValue(folder)!;
            foreach (FileInfo file in result.GetValue(tsv)!)
            {
                string[] lines = File.ReadAllLines(file.FullName);
                foreach (string path in Directory.GetFiles(directory.FullName, "MS-*.json"))
                {
                    RequirementCatalog catalog = RequirementCatalog.Load(path);
                    (int updated, IReadOnlyList<string> found) = CatalogImport.Apply(catalog, lines);
                    if (updated > 0 || found.Count > 0)
                    {
                        catalog.Save(path);
                        Console.WriteLine($"{file.Name}: {updated} entries of {catalog.Document} updated, {found.Count} problem(s)");
                        foreach (string problem in found)
                        {
                            Console.WriteLine($"  {problem}");
                        }

                        problems += found.Count;
                    }
                }
            }

            return problems == 0 ? 0 : 1;
        });
        return command;
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
