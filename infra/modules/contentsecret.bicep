// Windows Consumption and Elastic Premium keep the app's content on an SMB file share, which the
// platform mounts with an account key: managed identities do not serve there. The key-based
// connection string is written to Key Vault so that it is not readable in the app's settings;
// it never leaves Azure Resource Manager on its way there.

param vaultName string

param secretName string

param storageAccountName string

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: vaultName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: secretName
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'
    contentType: 'Connection string of the Functions content share'
  }
}
