// Parameters for main.bicep. The secrets come from the environment of the shell that runs the
// deployment, so they are never written to a file:
//   export SCIM_SHARED_SECRET="$(openssl rand -hex 32)" ADMIN_SECRET="$(openssl rand -hex 32)"
//   az deployment group create -g <group> --parameters infra/main.bicepparam
using './main.bicep'

param planSku = 'Y1'
param scimSharedSecret = readEnvironmentVariable('SCIM_SHARED_SECRET')
param adminSecret = readEnvironmentVariable('ADMIN_SECRET')
param backupSchedule = '0 */5 * * * *'
param backupRetainCount = 48
param backupRetainDays = 7
