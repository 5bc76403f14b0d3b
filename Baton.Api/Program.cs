using Baton.Api.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

// Errors of every kind, including bare status codes such as a failed challenge, answer as ProblemDetails.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseBrowserSecurity();
app.UseAuthentication();
app.UseAuthorization();

app.MapDefaultEndpoints();
app.MapBatonApi();
app.MapFrontend();

app.Run();
