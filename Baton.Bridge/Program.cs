using Baton.Bridge;

var app = BridgeApp.Create(args);
app.Run();
