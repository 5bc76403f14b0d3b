using Microsoft.EntityFrameworkCore;

namespace Baton.Api.Data;

public sealed class BatonDbContext(DbContextOptions<BatonDbContext> options) : DbContext(options);
