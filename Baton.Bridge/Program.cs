using Baton.Bridge.CommandLine;

return BridgeProgram.Run(args, Console.Out, Console.Error);
