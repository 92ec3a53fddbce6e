using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ScimFunctions.Durability.Lease;

/// <summary>The blob lease when the Functions storage account is configured; otherwise the single writer by configuration.</summary>
public static class WriterLeaseFactory
{
    public const string ContainerName = "scimtool-leases";
    public const string BlobName = "writer";

    public static IWriterLease Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DurabilityOptions>>().Value;
        if (!options.HasLeaseAccount)
        {
            return new ConfiguredSingleWriter();
        }

        var account = options.LeaseConnection is { } connection
            ? new BlobServiceClient(connection)
            : new BlobServiceClient(
                options.LeaseBlobServiceUri,
                new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.LeaseClientId }));
        var blob = account.GetBlobContainerClient(ContainerName).GetBlobClient(BlobName);
        var logger = services.GetRequiredService<ILogger<BlobWriterLease>>();
        return new BlobWriterLease(blob, options.LeaseDuration, services.GetRequiredService<TimeProvider>(), logger);
    }
}
