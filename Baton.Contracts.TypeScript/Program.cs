using Baton.Contracts.TypeScript;

// Usage: dotnet run --project Baton.Contracts.TypeScript [-- <output path>]
var outputPath = args.Length > 0
    ? Path.GetFullPath(args[0])
    : Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ContractTypeScriptGenerator.DefaultOutputPath);

Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
File.WriteAllText(outputPath, new ContractTypeScriptGenerator().Generate());
Console.WriteLine($"Wrote {outputPath}");
