// The plan and the Function App, with its system-assigned identity. App settings are applied
// later (appsettings.bicep), after the identity has been granted its roles, so that the first
// start already resolves the Key Vault references.

@description('Azure region of the resources.')
param location string

@description('Function App name; also the first label of its host name.')
param name string

@description('Plan SKU: Y1 (Windows Consumption), EP1-EP3 (Elastic Premium) or a Dedicated SKU.')
param planSku string

param tags object

var isConsumption = planSku == 'Y1'
var isElasticPremium = startsWith(planSku, 'EP')
var isDedicated = !isConsumption && !isElasticPremium
var dedicatedTiers = {
  B: 'Basic'
  S: 'Standard'
  P: 'PremiumV3'
}
var planTier = isConsumption
  ? 'Dynamic'
  : isElasticPremium ? 'ElasticPremium' : dedicatedTiers[substring(planSku, 0, 1)]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: isElasticPremium ? 'elastic' : isConsumption ? 'functionapp' : 'app'
  sku: {
    name: planSku
    tier: planTier
    capacity: isConsumption ? null : 1
  }
  properties: {
    // The SQLite database has one writer: every plan runs one instance at most.
    maximumElasticWorkerCount: isElasticPremium ? 1 : null
    reserved: false
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      netFrameworkVersion: 'v10.0'
      use32BitWorkerProcess: false
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: isDedicated
      functionAppScaleLimit: isDedicated ? null : 1
      minimumElasticInstanceCount: isElasticPremium ? 1 : null
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
