using Baton.ScriptedModel;

var app = ScriptedModelApp.Create(args);
app.Run();
