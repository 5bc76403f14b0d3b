global using Baton.Bridge.Extensions;
