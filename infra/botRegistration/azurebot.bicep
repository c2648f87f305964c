// Azure Bot registration: single tenant, authenticated with the user-assigned managed identity
// (msaAppType UserAssignedMSI, no client secret), Teams channel only.

@maxLength(20)
@minLength(4)
@description('Basis für den Namen der Bot-Ressource.')
param resourceBaseName string

@maxLength(42)
param botDisplayName string

@description('Tarif des Azure Bot: F0 (kostenlos, Standardkanäle wie Teams unbegrenzt) oder S1.')
@allowed([
  'F0'
  'S1'
])
param botServiceSku string = 'F0'

@description('Client-ID der verwalteten Identität (wird zur Bot-ID).')
param identityClientId string

@description('Ressourcen-ID der verwalteten Identität.')
param identityResourceId string

@description('Mandant der verwalteten Identität (Single Tenant).')
param identityTenantId string

@description('Hostname der Web-App, z. B. rathaus-abc123.azurewebsites.net.')
param botAppDomain string

// Azure Bot Service is a global service; message content is not stored by it.
resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  kind: 'azurebot'
  location: 'global'
  // Bot names are unique across Azure: add a stable suffix from the resource group.
  name: '${resourceBaseName}-${take(uniqueString(resourceGroup().id, resourceBaseName), 6)}'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${botAppDomain}/api/messages'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
    msaAppType: 'UserAssignedMSI'
    disableLocalAuth: false
  }
}

resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  location: 'global'
  name: 'MsTeamsChannel'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}
