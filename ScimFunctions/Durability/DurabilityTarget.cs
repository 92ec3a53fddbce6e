using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScimFunctions.Durability.Snapshots;
using ScimFunctions.Durability.Stores;

namespace ScimFunctions.Durability;

/// <summary>The configured backup store as a snapshot catalog, or nothing when the service is ephemeral.</summary>
public sealed class DurabilityTarget
{
    private readonly Lazy<SnapshotCatalog?> _catalog;

    // Built on first use, after the settings check at start has had its say about bad settings.
    public DurabilityTarget(IOptions<DurabilityOptions> options, ILogger<DurabilityTarget> logger)
    {
        _catalog = new(() => Wrap(BackupStoreFactory.Create(options.Value), logger));
    }

    public DurabilityTarget(IBackupStore? store, ILogger logger)
    {
        _catalog = new(Wrap(store, logger));
    }

    public SnapshotCatalog? Catalog => _catalog.Value;

    public bool IsPersistent => Catalog is not null;

    public string Mode => IsPersistent ? "persistent" : "ephemeral";

    public string Store => Catalog?.Store.Description ?? "none";

    private static SnapshotCatalog? Wrap(IBackupStore? store, ILogger logger) =>
        store is null ? null : new SnapshotCatalog(store, logger);
}
