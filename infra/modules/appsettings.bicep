// Every app setting of the Function App in one place. Secrets are Key Vault references resolved
// by the platform with the app's identity; storage is reached with that identity too, except the
// content share of Consumption and Elastic Premium plans, which only takes a key.

param functionAppName string

param storageAccountName string

param vaultName string

param scimSecretName string

param adminSecretName string

@description('Secret holding the content share connection string; empty when the plan needs none.')
param contentSecretName string

param contentShareName string

param fileEndpoint string

param backupShareName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Six-field NCRONTAB schedule of the backup timer.')
param backupSchedule string

param backupDebounceSeconds int

param backupRetainCount int

param backupRetainDays int

param logRetainCount int

param logRetainDays int

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

var reference = '@Microsoft.KeyVault(VaultName=${vaultName};SecretName='

var core = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  WEBSITE_RUN_FROM_PACKAGE: '1'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  AzureWebJobsStorage__accountName: storageAccountName
  SCIM_SHARED_SECRET: '${reference}${scimSecretName})'
  ADMIN_SECRET: '${reference}${adminSecretName})'
  BACKUP_SHARE_URL: fileEndpoint
  BACKUP_SHARE_NAME: backupShareName
  BACKUP_DIRECTORY: 'snapshots'
  BackupSchedule: backupSchedule
  BACKUP_DEBOUNCE_SECONDS: string(backupDebounceSeconds)
  BACKUP_RETAIN_COUNT: string(backupRetainCount)
  BACKUP_RETAIN_DAYS: string(backupRetainDays)
  LOG_RETAIN_COUNT: string(logRetainCount)
  LOG_RETAIN_DAYS: string(logRetainDays)
}

var content = empty(contentSecretName)
  ? {}
  : {
      WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: '${reference}${contentSecretName})'
      WEBSITE_CONTENTSHARE: contentShareName
      // The platform cannot resolve a Key Vault reference while validating the share, which
      // storage.bicep has already created.
      WEBSITE_SKIP_CONTENTSHARE_VALIDATION: '1'
    }

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(core, content)
}
