using Baton.Api.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Data;

/// <summary>Everything Baton stores: Identity's user tables and the chat data. Tables and columns are snake_case.</summary>
public sealed class BatonDbContext : IdentityUserContext<BatonUser, Guid>
{
    public BatonDbContext(DbContextOptions<BatonDbContext> options)
        : base(options)
    {
        // Inside a transaction, EF would wrap each SaveChanges in a savepoint of its own: two more round trips,
        // on the relay's and the permission round trip's path, for a partial retry Baton never makes (a failed
        // transaction is retried whole). A pooled context restores this setting when it is reused.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Bridge> Bridges => Set<Bridge>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<Run> Runs => Set<Run>();
    public DbSet<StoredAttachment> RunAttachments => Set<StoredAttachment>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<ConversationLogEntry> ConversationEvents => Set<ConversationLogEntry>();
    public DbSet<StoredPrompt> InteractivePrompts => Set<StoredPrompt>();
    public DbSet<PermissionRule> PermissionRules => Set<PermissionRule>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<PushDevice> PushDevices => Set<PushDevice>();
    public DbSet<StoredQueuedMessage> QueuedMessages => Set<StoredQueuedMessage>();

    /// <summary>
    /// Options every context needs besides the connection: the API's registration, the design-time
    /// factory and tests call it, so all name tables and columns alike.
    /// </summary>
    public static void ConfigureOptions(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSnakeCaseNamingConvention();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: the rows read on their own and reordering members is safe.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BatonDbContext).Assembly);
    }
}
