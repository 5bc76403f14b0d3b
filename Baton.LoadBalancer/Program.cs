var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();

// Every path goes to the API instances, /health included: the proxy is ready when it reaches one that is.
app.MapReverseProxy();

app.Run();
