// The vault that holds the bearer secrets. App settings refer to them; their values never
// appear in the Function App's configuration.

@description('Azure region of the resources.')
param location string

@description('Key Vault name: 3 to 24 letters, digits and hyphens.')
@minLength(3)
@maxLength(24)
param name string

@secure()
@description('Accepted SCIM bearer token(s), comma-separated while rotating.')
param scimSharedSecret string

@secure()
@description('Credential of the administration API and activity view.')
param adminSecret string

@description('Days a deleted secret or vault can still be recovered.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Purge protection cannot be switched off again once on.')
param enablePurgeProtection bool

param tags object

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource scimSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'scim-shared-secret'
  properties: {
    value: scimSharedSecret
    contentType: 'SCIM bearer token(s), comma-separated'
  }
}

resource adminSecretResource 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'admin-secret'
  properties: {
    value: adminSecret
    contentType: 'Administration credential'
  }
}

output vaultName string = vault.name
output vaultId string = vault.id
output scimSecretName string = scimSecret.name
output adminSecretName string = adminSecretResource.name
