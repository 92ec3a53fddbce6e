// SCIMTool on Azure Functions: one resource group holding the Function App (.NET 10 isolated,
// one instance), its storage account and backup share, Key Vault for the secrets, and
// Application Insights. Deploy with:
//   az deployment group create -g <group> --parameters infra/main.bicepparam
// docs/deploy.md walks through it.

targetScope = 'resourceGroup'

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Function App name, unique across Azure: it becomes <name>.azurewebsites.net.')
@minLength(2)
@maxLength(60)
param appName string = 'scimtool-${uniqueString(resourceGroup().id)}'

@description('''Hosting plan. Y1 is Windows Consumption (the default); EP1-EP3 are Elastic Premium;
B1-P3v3 are Dedicated. All of them run every function on every instance and are held to one
instance. Flex Consumption is not offered: it runs the timer on other instances than HTTP.''')
@allowed([
  'Y1'
  'EP1'
  'EP2'
  'EP3'
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param planSku string = 'Y1'

@secure()
@minLength(16)
@description('Bearer token(s) Entra presents; two comma-separated values while rotating.')
param scimSharedSecret string

@secure()
@minLength(16)
@description('Credential of the administration API and the activity view at /scim/admin/ui.')
param adminSecret string

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_RAGRS'
])
param storageSku string = 'Standard_LRS'

@description('Size limit of the backup share in GiB.')
@minValue(1)
@maxValue(5120)
param backupShareQuotaGiB int = 5

@description('Six-field NCRONTAB schedule of the backup timer (seconds first).')
param backupSchedule string = '0 */5 * * * *'

@description('Seconds to wait after a write before snapshotting, so bursts become one snapshot.')
@minValue(0)
param backupDebounceSeconds int = 10

@description('Snapshots kept at most.')
@minValue(1)
param backupRetainCount int = 48

@description('Days a snapshot is kept at most.')
@minValue(1)
param backupRetainDays int = 7

@description('Request log entries kept at most.')
@minValue(1)
param logRetainCount int = 20000

@description('Days a request log entry is kept at most.')
@minValue(1)
param logRetainDays int = 14

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
@maxValue(730)
param logAnalyticsRetentionInDays int = 30

@description('Key Vault purge protection; it cannot be switched off once on.')
param enablePurgeProtection bool = false

param tags object = {
  application: 'scimtool'
}

var suffix = uniqueString(resourceGroup().id, appName)
var storageName = take('st${suffix}', 24)
var vaultName = take('kv-${suffix}', 24)
var backupShareName = 'scimtool-backups'
var needsContentShare = planSku == 'Y1' || startsWith(planSku, 'EP')
var contentShareName = needsContentShare ? take(toLower(appName), 63) : ''
var contentSecretName = 'content-share-connection'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: appName
    retentionInDays: logAnalyticsRetentionInDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageName
    skuName: storageSku
    backupShareName: backupShareName
    backupShareQuotaGiB: backupShareQuotaGiB
    contentShareName: contentShareName
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: vaultName
    scimSharedSecret: scimSharedSecret
    adminSecret: adminSecret
    softDeleteRetentionInDays: 7
    enablePurgeProtection: enablePurgeProtection
    tags: tags
  }
}

module contentSecret 'modules/contentsecret.bicep' = if (needsContentShare) {
  name: 'contentsecret'
  params: {
    vaultName: vaultName
    secretName: contentSecretName
    storageAccountName: storageName
  }
  dependsOn: [
    storage
    vault
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    name: appName
    planSku: planSku
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    functionAppName: appName
    storageAccountName: storageName
    vaultName: vaultName
  }
  dependsOn: [
    functionApp
    storage
    vault
  ]
}

module appSettings 'modules/appsettings.bicep' = {
  name: 'appsettings'
  params: {
    functionAppName: appName
    storageAccountName: storageName
    vaultName: vault.outputs.vaultName
    scimSecretName: vault.outputs.scimSecretName
    adminSecretName: vault.outputs.adminSecretName
    contentSecretName: needsContentShare ? contentSecretName : ''
    contentShareName: contentShareName
    fileEndpoint: storage.outputs.fileEndpoint
    backupShareName: storage.outputs.backupShareName
    appInsightsConnectionString: monitoring.outputs.connectionString
    backupSchedule: backupSchedule
    backupDebounceSeconds: backupDebounceSeconds
    backupRetainCount: backupRetainCount
    backupRetainDays: backupRetainDays
    logRetainCount: logRetainCount
    logRetainDays: logRetainDays
  }
  // The Key Vault references and the identity-based storage connection resolve on the first
  // start only if the identity already holds its roles.
  dependsOn: [
    functionApp
    roles
    contentSecret
  ]
}

@description('Name of the Function App, for az functionapp commands.')
output functionAppName string = functionApp.outputs.name

@description('Base URL of the Function App.')
output functionUrl string = 'https://${functionApp.outputs.defaultHostName}'

@description('Tenant URL to enter in Entra provisioning.')
output scimTenantUrl string = 'https://${functionApp.outputs.defaultHostName}/scim/v2'

@description('Activity view, opened with the admin secret.')
output adminUiUrl string = 'https://${functionApp.outputs.defaultHostName}/scim/admin/ui'

output keyVaultName string = vault.outputs.vaultName

output storageAccountName string = storage.outputs.accountName

output backupShareName string = storage.outputs.backupShareName
