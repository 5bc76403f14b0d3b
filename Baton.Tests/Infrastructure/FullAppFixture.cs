namespace Baton.Tests.Infrastructure;

/// <summary>Everything a person runs in demo mode: API, bridge with the real CLI talking to the scripted model, and the built web app served by Vite.</summary>
public sealed class FullAppFixture() : BatonAppFixture(new BatonAppOptions { WithFrontend = true, WithBridge = true, Demo = true });
