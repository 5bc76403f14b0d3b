var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddBridgeServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapBridgeStatus();

app.Run();
