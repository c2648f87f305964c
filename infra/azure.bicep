// Rathaus-Assistent – Azure resources (Microsoft 365 Agents Toolkit convention: arm/deploy in m365agents.yml).
// Keyless: the web app reaches Azure OpenAI, Blob Storage and Key Vault with its user-assigned managed
// identity (role assignments below). No keys in app settings or outputs. All data stays in EU regions.
// The consistency test test/admin/infra-consistency.test.ts checks this file against src/config.ts.

@minLength(4)
@maxLength(20)
@description('Basis für alle Ressourcennamen (Kleinbuchstaben und Ziffern), z. B. rathauskrefeld.')
param resourceBaseName string

@description('Region der Ressourcen (EU).')
@allowed([
  'germanywestcentral'
  'germanynorth'
  'westeurope'
  'northeurope'
  'swedencentral'
  'francecentral'
])
param location string = 'germanywestcentral'

@description('Region der Azure-OpenAI-Ressource (EU; swedencentral bietet die meisten Modelle).')
@allowed([
  'swedencentral'
  'germanywestcentral'
  'westeurope'
  'francecentral'
  'norwayeast'
  'polandcentral'
  'spaincentral'
  'italynorth'
])
param openAiLocation string = 'swedencentral'

@description('Tarif des App-Service-Plans (Linux). Mindestens B1, da alwaysOn gebraucht wird.')
param webAppSku string = 'B1'

@description('Anzahl Instanzen der Web-App (Zustand liegt im Blob-Speicher, mehrere Instanzen sind möglich).')
@minValue(1)
@maxValue(10)
param webAppInstanceCount int = 1

@maxLength(42)
@description('Anzeigename des Azure Bot.')
param botDisplayName string = 'Rathaus-Assistent'

@description('Chat-Modell und Version der Bereitstellung.')
param chatModelName string = 'gpt-4o-mini'
param chatModelVersion string = '2024-07-18'
@description('Name der Chat-Bereitstellung (wird zu AZURE_OPENAI_DEPLOYMENT).')
param chatDeploymentName string = 'chat'
@description('Kapazität der Chat-Bereitstellung in 1000 Tokens pro Minute.')
param chatCapacity int = 50
@description('DataZoneStandard: Verarbeitung nur in der EU-Datenzone; Standard: nur in der gewählten Region.')
@allowed([
  'DataZoneStandard'
  'Standard'
])
param chatDeploymentSku string = 'DataZoneStandard'

@description('Embedding-Modell und Version (hybride Suche).')
param embeddingModelName string = 'text-embedding-3-small'
param embeddingModelVersion string = '1'
@description('Name der Embedding-Bereitstellung (wird zu AZURE_OPENAI_EMBEDDING_DEPLOYMENT).')
param embeddingDeploymentName string = 'embedding'
param embeddingCapacity int = 50

@description('API-Version von Azure OpenAI für die Anwendung.')
param openAiApiVersion string = '2024-10-21'

@description('Blob-Container für Gesprächszustand, Feedback, Nutzung und Niederschrift-Aufträge.')
param stateContainerName string = 'rathaus-state'

@description('Aufbewahrung der Protokolle in Log Analytics / Application Insights (Tage).')
@allowed([
  30
  60
  90
  120
  180
  270
  365
  550
  730
])
param logRetentionDays int = 90

@description('Aufbewahrung des Audit-Protokolls der Anwendung (Tage).')
@minValue(1)
@maxValue(3650)
param auditRetentionDays int = 90

@description('Löschfrist für Niederschrift-Aufträge (enthalten das Transkript) in Tagen nach der letzten Änderung.')
@minValue(1)
@maxValue(365)
param minutesJobRetentionDays int = 30

@description('Löschfrist für Gesprächszustand (letzte Änderung) in Tagen.')
@minValue(1)
@maxValue(365)
param conversationStateRetentionDays int = 90

@description('Löschfrist für Feedback und pseudonyme Nutzungszahlen in Tagen.')
@minValue(30)
@maxValue(1095)
param feedbackRetentionDays int = 365

@description('Anmeldung für Microsoft-365-Inhalte: teams-sso, oauth-connection oder off.')
@allowed([
  'teams-sso'
  'oauth-connection'
  'off'
])
param ssoMode string = 'teams-sso'

@description('Client-ID der Entra-App für SSO (aadApp/create).')
param aadAppClientId string = ''

@secure()
@description('Client-Geheimnis der Entra-App für SSO; wird nur im Key Vault gespeichert.')
param aadAppClientSecret string = ''

@description('Entra-Gruppe der Schriftführung (Objekt-ID), optional.')
param minutesGroupId string = ''

@description('Entra-Gruppe der Administration (Objekt-ID), optional.')
param adminGroupId string = ''

@description('OneDrive-Host(s) des eigenen Mandanten für die Übergabe der Word-Dateien (z. B. krefeld-my.sharepoint.com); leer = jeder *-my.sharepoint.com.')
param fileUploadHosts string = ''

@description('Personenbezogene Daten vor dem Modellaufruf schwärzen (true/false).')
param redactPii string = 'false'

var suffix = uniqueString(resourceGroup().id, resourceBaseName)
var cleanBase = toLower(replace(resourceBaseName, '-', ''))
var identityName = '${resourceBaseName}-id'
var planName = '${resourceBaseName}-plan'
var webAppName = '${resourceBaseName}-${take(suffix, 6)}'
var openAiName = '${cleanBase}-oai-${take(suffix, 6)}'
var storageName = take('${cleanBase}st${suffix}', 24)
// Key Vault: 3–24 letters/digits/hyphens, starting with a letter and not ending with a hyphen.
var keyVaultName = 'kv${take(cleanBase, 9)}${take(suffix, 13)}'
var workspaceName = '${resourceBaseName}-logs'
var appInsightsName = '${resourceBaseName}-ai'
var ssoSecretName = 'aad-app-client-secret'
var tenantId = subscription().tenantId

// Built-in role definition IDs (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles)
var roleCognitiveServicesOpenAiUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'
var roleStorageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var roleKeyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// ---------- Monitoring ----------
resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: logRetentionDays
    IngestionMode: 'LogAnalytics'
  }
}

// ---------- Azure OpenAI (keyless: local auth disabled) ----------
resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: openAiName
  location: openAiLocation
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: openAiName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource chatDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: openAi
  name: chatDeploymentName
  sku: {
    name: chatDeploymentSku
    capacity: chatCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: chatModelName
      version: chatModelVersion
    }
  }
}

resource embeddingDeployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: openAi
  name: embeddingDeploymentName
  // Deployments of one account must not be created in parallel.
  dependsOn: [ chatDeployment ]
  sku: {
    name: 'Standard'
    capacity: embeddingCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: embeddingModelName
      version: embeddingModelVersion
    }
  }
}

// ---------- Storage for state (keyless: shared keys disabled) ----------
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Soft delete and versioning are the backup of the state (restore deleted or overwritten blobs).
    deleteRetentionPolicy: { enabled: true, days: 14 }
    containerDeleteRetentionPolicy: { enabled: true, days: 14 }
    isVersioningEnabled: true
  }
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: stateContainerName
  properties: { publicAccess: 'None' }
}

// Retention in the state container (blob names are the store keys): the app purges the audit log, the
// unanswered-question record and finished minutes jobs itself (AUDIT_RETENTION_DAYS, MINUTES_RETENTION_DAYS;
// the rules are a backstop);
// the lifecycle rules delete the rest, and old blob versions after 14 days.
var retentionRules = [
  { name: 'minutes-jobs-backstop', prefix: 'minutes-jobs/', days: minutesJobRetentionDays + 1 }
  { name: 'conversation-state', prefix: 'botstate/', days: conversationStateRetentionDays }
  { name: 'feedback', prefix: 'feedback/', days: feedbackRetentionDays }
  { name: 'usage', prefix: 'usage/', days: feedbackRetentionDays }
  { name: 'capability-usage', prefix: 'capability-usage/', days: feedbackRetentionDays }
  { name: 'audit-backstop', prefix: 'audit/', days: auditRetentionDays + 1 }
  { name: 'unanswered-backstop', prefix: 'unanswered/', days: auditRetentionDays + 1 }
]

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: concat(map(retentionRules, r => {
        name: r.name
        enabled: true
        type: 'Lifecycle'
        definition: {
          filters: {
            blobTypes: [ 'blockBlob' ]
            prefixMatch: [ '${stateContainerName}/${r.prefix}' ]
          }
          actions: {
            baseBlob: { delete: { daysAfterModificationGreaterThan: r.days } }
          }
        }
      }), [
        {
          name: 'old-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [ 'blockBlob' ]
              prefixMatch: [ '${stateContainerName}/' ]
            }
            actions: {
              version: { delete: { daysAfterCreationGreaterThan: 14 } }
            }
          }
        }
      ])
    }
  }
}

// ---------- Key Vault (RBAC) for the SSO client secret ----------
resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource ssoSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(aadAppClientSecret)) {
  parent: keyVault
  name: ssoSecretName
  properties: { value: aadAppClientSecret }
}

// ---------- Role assignments for the managed identity ----------
resource openAiUserRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openAi.id, identity.id, roleCognitiveServicesOpenAiUser)
  scope: openAi
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleCognitiveServicesOpenAiUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobContributorRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roleStorageBlobDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleStorageBlobDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource keyVaultSecretsUserRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, roleKeyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleKeyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------- App Service (Linux, Node 22 LTS) ----------
resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
    capacity: webAppInstanceCount
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references (@Microsoft.KeyVault(...)) are resolved with this identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --max-semi-space-size=32 dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'BOT_ID', value: identity.properties.clientId }
        { name: 'BOT_TYPE', value: 'UserAssignedMSI' }
        { name: 'BOT_TENANT_ID', value: identity.properties.tenantId }
        { name: 'BOT_DOMAIN', value: '${webAppName}.azurewebsites.net' }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        // Knowledge folder on the shared /home share; the search index is built per instance on local disk
        // (rebuilt at start), so several instances never write the same index files.
        { name: 'KNOWLEDGE_DIR', value: '/home/rathaus/knowledge' }
        { name: 'RATHAUS_DATA_DIR', value: '/tmp/rathaus-data' }
        { name: 'LLM_PROVIDER', value: 'azure-openai' }
        { name: 'AZURE_OPENAI_ENDPOINT', value: openAi.properties.endpoint }
        { name: 'AZURE_OPENAI_DEPLOYMENT', value: chatDeployment.name }
        { name: 'AZURE_OPENAI_API_VERSION', value: openAiApiVersion }
        { name: 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT', value: embeddingDeployment.name }
        { name: 'STORAGE_PROVIDER', value: 'azure-blob' }
        { name: 'AZURE_STORAGE_ACCOUNT_URL', value: storage.properties.primaryEndpoints.blob }
        { name: 'AZURE_STORAGE_CONTAINER', value: stateContainer.name }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'SSO_MODE', value: ssoMode }
        { name: 'AAD_APP_CLIENT_ID', value: aadAppClientId }
        { name: 'AAD_APP_TENANT_ID', value: tenantId }
        { name: 'AAD_APP_CLIENT_SECRET', value: empty(aadAppClientSecret) ? '' : '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${ssoSecretName})' }
        { name: 'MINUTES_GROUP_ID', value: minutesGroupId }
        { name: 'ADMIN_GROUP_ID', value: adminGroupId }
        { name: 'FILE_UPLOAD_HOSTS', value: fileUploadHosts }
        { name: 'REDACT_PII', value: redactPii }
        { name: 'AUDIT_RETENTION_DAYS', value: string(auditRetentionDays) }
        { name: 'MINUTES_RETENTION_DAYS', value: string(minutesJobRetentionDays) }
      ]
    }
  }
  dependsOn: [
    // The app must not start before it may read its secret and reach its data.
    ssoSecret
    keyVaultSecretsUserRole
    openAiUserRole
    blobContributorRole
  ]
}

// FTP with user name and password stays off; deployment uses Entra ID (zipDeploy of the Toolkit).
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: { allow: false }
}

// The app logs JSON lines (pino) to stdout; send them and the HTTP/platform logs to Log Analytics,
// where the retention parameter applies. Message content is not logged at info level.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botDisplayName: botDisplayName
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    identityTenantId: identity.properties.tenantId
    botAppDomain: webApp.properties.defaultHostName
  }
}

// Outputs are written into env/.env.<env> by the Toolkit; no keys or connection strings here.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output AZURE_OPENAI_ENDPOINT string = openAi.properties.endpoint
output AZURE_STORAGE_ACCOUNT_URL string = storage.properties.primaryEndpoints.blob
output AZURE_KEY_VAULT_NAME string = keyVault.name
