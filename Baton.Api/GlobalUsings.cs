global using Baton.Api.Extensions;
