using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Durability;

/// <summary>The configured backup store as a snapshot catalog, or nothing when the service is ephemeral.</summary>
public sealed class DurabilityTarget
{
    public DurabilityTarget(IOptions<DurabilityOptions> options, ILogger<DurabilityTarget> logger)
        : this(BackupStoreFactory.Create(options.Value), logger)
    {
    }

    public DurabilityTarget(IBackupStore? store, ILogger logger)
    {
        Catalog = store is null ? null : new SnapshotCatalog(store, logger);
    }

    public SnapshotCatalog? Catalog { get; }

    public bool IsPersistent => Catalog is not null;

    public string Mode => IsPersistent ? "persistent" : "ephemeral";

    public string Store => Catalog?.Store.Description ?? "none";
}
