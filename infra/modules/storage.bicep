// The storage account behind AzureWebJobsStorage (host state and the writer lease), the file
// share that holds the snapshots, and, on plans that need one, the share the Functions platform
// keeps the app's content on.

@description('Azure region of the resources.')
param location string

@description('Storage account name: 3 to 24 lower-case letters and digits.')
@minLength(3)
@maxLength(24)
param name string

@description('Replication of the account, for example Standard_LRS or Standard_ZRS.')
param skuName string

@description('Name of the file share that holds the snapshots.')
param backupShareName string

@description('Size limit of the backup share in GiB.')
@minValue(1)
param backupShareQuotaGiB int

@description('Name of the content share; empty on plans that keep the content elsewhere.')
param contentShareName string

param tags object

var needsContentShare = !empty(contentShareName)

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    // Windows Consumption and Elastic Premium mount their content share over SMB, which takes an
    // account key only; on Dedicated plans nothing needs a key, so keys are switched off there.
    allowSharedKeyAccess: needsContentShare
    publicNetworkAccess: 'Enabled'
  }
}

resource files 'Microsoft.Storage/storageAccounts/fileServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource backupShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2024-01-01' = {
  parent: files
  name: backupShareName
  properties: {
    shareQuota: backupShareQuotaGiB
    enabledProtocols: 'SMB'
  }
}

// Created here rather than by the platform, because the content connection string is a Key
// Vault reference and the platform cannot validate or create the share through one.
resource contentShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2024-01-01' = if (needsContentShare) {
  parent: files
  name: needsContentShare ? contentShareName : 'unused'
  properties: {
    enabledProtocols: 'SMB'
  }
}

output accountName string = account.name
output accountId string = account.id
output fileEndpoint string = account.properties.primaryEndpoints.file
output backupShareName string = backupShare.name
