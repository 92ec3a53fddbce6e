// Application Insights on a Log Analytics workspace: the Functions host sends request
// summaries, traces and exceptions here (host.json keeps payloads out).

@description('Azure region of the resources.')
param location string

@description('Prefix of the resource names.')
param namePrefix string

@description('Days that Log Analytics keeps the data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

@description('Application Insights connection string (an ingestion endpoint, not a credential).')
output connectionString string = insights.properties.ConnectionString

output workspaceName string = workspace.name
