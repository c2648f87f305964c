/** Public entry points of the Microsoft Graph layer (for src/bot/, src/cli/ and src/index.ts). */
export { createDelegatedGraphClient, DEFAULT_DEADLINE_MS, type DelegatedGraphClient, type DelegatedGraphClientOptions, type GraphRequestOptions } from './delegated-client.js';
export { GraphRequestError, isGraphRequestError, type GraphFailureReason } from './errors.js';
export { graphBatch, MAX_BATCH_SIZE, type BatchRequest, type BatchResponse } from './batch.js';
export { createMeetingClient, type MeetingClient, type OnlineMeetingInfo, type TranscriptContent, type AttendanceReport, type AttendanceRecord, type MeetingEvent, type TranscriptInfo } from './meetings.js';
export { createGroupMembershipChecker, createMembershipCache, type GroupMembershipChecker, type MembershipCache } from './group-membership.js';
export { GRAPH_DELEGATED_SCOPES, graphScopeUris } from './scopes.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
