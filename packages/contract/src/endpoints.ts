// The endpoint table: the one description of the HTTP API that the SDK, the
// reference server, the mock and the OpenAPI document are all generated from.
import type { z } from './zod.ts';
import {
  CatalogStats,
  DepartmentList,
  HotQuery,
  HotResult,
  ItemDetail,
  ItemIdParams,
  ItemSearchQuery,
  ItemSearchResult,
  SuggestQuery,
  SuggestResult,
  ZeroResultList,
  ZeroResultQuery,
} from './catalog.ts';
import { CatalogImportQuery, CatalogImportResult } from './catalog-admin.ts';
import { Draft, DraftList, DraftParams, DraftSave, FormIdParams, FormSchema } from './forms.ts';
import { FileIdParams, FileMeta } from './files.ts';
import { DocumentNumberParams, DocumentRevoke, DocumentVerification } from './documents.ts';
import { PerformanceQuery, PublicPerformance, StaffPerformance } from './performance.ts';
import {
  ApplicationCreate,
  ApplicationListQuery,
  ApplicationPage,
  ApplicationReceipt,
  Clock,
  ClockSet,
  Evaluation,
  EvaluationCreate,
  NumberParams,
  OperatorAction,
  Progress,
  ProgressQuery,
  SupplementResponse,
  WithdrawRequest,
  DeferredSupply,
} from './applications.ts';
import { LicenseList } from './licenses.ts';
import { DivisionChildrenQuery, DivisionCodeParams, DivisionList, DivisionSearchQuery } from './divisions.ts';
import {
  Address,
  AddressIdParams,
  AddressInput,
  AddressList,
  AddressParseRequest,
  AddressParseResult,
  Coverage,
  CoverageQuery,
} from './addresses.ts';
import { AgencyRequest, AgencyRequestCreate, AgencyRequestList } from './agency.ts';
import { DemoSignIn, Profile, Session } from './me.ts';
import {
  CaseAccept,
  CaseCertify,
  CaseComplete,
  CaseDecision,
  CaseDispatch,
  CaseReject,
  CaseSupplement,
  CaseTrackDecision,
  CaseTracksOpen,
  TrackParams,
  CaseViewAuditPage,
  CaseViewAuditQuery,
  CaseFileParams,
  StaffCase,
  StaffCasePage,
  StaffCaseQuery,
  StaffCaseSummary,
  StaffEntry,
  StaffEntryList,
  StaffEntryParams,
  StaffEntryPut,
  StaffEntryQuery,
} from './staff.ts';
import type { StaffRole } from './staff.ts';
import {
  AgentGrant,
  EnterpriseAgentParams,
  EnterpriseAuthorisation,
  EnterpriseAuthorisationList,
  EnterpriseIdParams,
} from './enterprises.ts';
import {
  OutboxPage,
  OutboxQuery,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookParams,
  WebhookReplay,
  WebhookReplayResult,
  WebhookSubscriptionCreate,
  WebhookSubscriptionCreated,
  WebhookSubscriptionList,
} from './notifications.ts';

/** Base path of every endpoint. */
export const API_BASE_PATH = '/api/v1';

/**
 * - `public`: no token needed (catalog, guides, divisions).
 * - `user`: `Authorization: Bearer` required; the resource is the caller's own:
 *   the signed-in person's, or the enterprise's the request acts for
 *   (the `Yiwang-Acting-For` header).
 * - `optional`: a token is used when given (progress: owner, or number plus query code).
 * - `operator`: the operator token of the reference server (simulation: lifecycle moves, clock).
 * - `admin`: an administrator (catalog imports, search statistics, the staff
 *   directory, the audit log): the reference server's administrator token, or a
 *   signed-in staff member with the `platform_admin` role. An admin endpoint's
 *   `roles` name further staff roles it admits (`department_admin`), which the
 *   handler limits to the caller's own department.
 * - `staff`: a signed-in staff member (one department, some roles) holding every
 *   role the endpoint's `roles` lists; cases are those of the member's department.
 */
export type AuthMode = 'public' | 'user' | 'optional' | 'operator' | 'admin' | 'staff';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The request body is `multipart/form-data` with one `file` part (options, if any, are query parameters). */
export const MULTIPART = 'multipart';
/** The response body is binary (a file download), not JSON. */
export const BINARY = 'binary';

export interface EndpointDef {
  readonly method: HttpMethod;
  /** Path below {@link API_BASE_PATH}, with `{name}` placeholders. */
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType | typeof MULTIPART;
  /** `null`: 204 with no body. */
  readonly response: z.ZodMiniType | typeof BINARY | null;
  readonly status: 200 | 201 | 204;
  readonly auth: AuthMode;
  /**
   * `staff`: the roles that admit a caller (any one of them); `admin`: staff roles
   * admitted besides the administrator, limited to their department.
   */
  readonly roles?: readonly StaffRole[];
  /** Accepts `Idempotency-Key`: the same key replays the first response. */
  readonly idempotent: boolean;
  /** Anonymous use is rate limited (429 with `Retry-After`). */
  readonly rateLimited?: boolean;
  /** A server may not offer it (501 `NOT_IMPLEMENTED`): the in-browser mock imports no catalogs. */
  readonly optional?: boolean;
  /**
   * Path or query fields the SDK method takes as leading positional arguments,
   * in order (`client.items.get(id)`). Defaults to the path's placeholders.
   */
  readonly positional?: readonly string[];
}

const endpoint = <const E extends EndpointDef>(def: E): E => def;

export const endpoints = {
  departments: {
    list: endpoint({
      method: 'GET',
      path: '/departments',
      summary: 'Departments that publish service items',
      response: DepartmentList,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  items: {
    search: endpoint({
      method: 'GET',
      path: '/items',
      summary: 'Search the catalog: Chinese text, full pinyin and initials, with facets and highlights',
      query: ItemSearchQuery,
      response: ItemSearchResult,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
    suggest: endpoint({
      method: 'GET',
      path: '/items/suggest',
      summary: 'Search-as-you-type suggestions',
      query: SuggestQuery,
      response: SuggestResult,
      status: 200,
      auth: 'public',
      idempotent: false,
      positional: ['q'],
    }),
    hot: endpoint({
      method: 'GET',
      path: '/items/hot',
      summary: 'Most-applied items, for an empty search box',
      query: HotQuery,
      response: HotResult,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
    get: endpoint({
      method: 'GET',
      path: '/items/{id}',
      summary: 'An item with its service guide (办事指南)',
      params: ItemIdParams,
      response: ItemDetail,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  catalog: {
    stats: endpoint({
      method: 'GET',
      path: '/catalog/stats',
      summary: 'Per-department share of items doable with zero visits',
      response: CatalogStats,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
    performance: endpoint({
      method: 'GET',
      path: '/catalog/performance',
      summary:
        'Per-department performance in public (全程公开): cases received and completed, decisions on time in working days, 好差评, open 补正 and overdue counts; figures only',
      query: PerformanceQuery,
      response: PublicPerformance,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  forms: {
    get: endpoint({
      method: 'GET',
      path: '/forms/{id}',
      summary: 'An application form schema',
      params: FormIdParams,
      response: FormSchema,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  drafts: {
    list: endpoint({
      method: 'GET',
      path: '/drafts',
      summary: 'My saved drafts',
      response: DraftList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    get: endpoint({
      method: 'GET',
      path: '/drafts/{formId}',
      summary: 'My draft of a form',
      params: DraftParams,
      response: Draft,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    save: endpoint({
      method: 'PUT',
      path: '/drafts/{formId}',
      summary: 'Save my draft of a form (409 when baseVersion is stale)',
      params: DraftParams,
      body: DraftSave,
      response: Draft,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    delete: endpoint({
      method: 'DELETE',
      path: '/drafts/{formId}',
      summary: 'Discard my draft of a form',
      params: DraftParams,
      response: null,
      status: 204,
      auth: 'user',
      idempotent: false,
    }),
  },
  files: {
    upload: endpoint({
      method: 'POST',
      path: '/files',
      summary: 'Upload a material file (multipart field `file`)',
      body: MULTIPART,
      response: FileMeta,
      status: 201,
      auth: 'user',
      idempotent: true,
    }),
    get: endpoint({
      method: 'GET',
      path: '/files/{id}',
      summary: 'Metadata of one of my files',
      params: FileIdParams,
      response: FileMeta,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    content: endpoint({
      method: 'GET',
      path: '/files/{id}/content',
      summary: 'Download one of my files',
      params: FileIdParams,
      response: BINARY,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    delete: endpoint({
      method: 'DELETE',
      path: '/files/{id}',
      summary: 'Delete one of my files',
      params: FileIdParams,
      response: null,
      status: 204,
      auth: 'user',
      idempotent: false,
    }),
  },
  applications: {
    create: endpoint({
      method: 'POST',
      path: '/applications',
      summary: 'Submit an application (申报)',
      body: ApplicationCreate,
      response: ApplicationReceipt,
      status: 201,
      auth: 'user',
      idempotent: true,
    }),
    list: endpoint({
      method: 'GET',
      path: '/applications',
      summary: 'My applications',
      query: ApplicationListQuery,
      response: ApplicationPage,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    progress: endpoint({
      method: 'GET',
      path: '/applications/{number}/progress',
      summary: 'Progress of an application: its owner, or anyone with the number and query code (rate limited)',
      params: NumberParams,
      query: ProgressQuery,
      response: Progress,
      status: 200,
      auth: 'optional',
      idempotent: false,
      rateLimited: true,
    }),
    supplement: endpoint({
      method: 'POST',
      path: '/applications/{number}/supplement',
      summary: 'Answer a supplement request (补正)',
      params: NumberParams,
      body: SupplementResponse,
      response: Progress,
      status: 200,
      auth: 'user',
      idempotent: true,
    }),
    supplyDeferred: endpoint({
      method: 'POST',
      path: '/applications/{number}/deferred-materials',
      summary: 'Supply owed 容缺 materials (deferred at submission); each clears its line of the ledger',
      params: NumberParams,
      body: DeferredSupply,
      response: Progress,
      status: 200,
      auth: 'user',
      idempotent: true,
    }),
    withdraw: endpoint({
      method: 'POST',
      path: '/applications/{number}/withdraw',
      summary: 'Withdraw an application',
      params: NumberParams,
      body: WithdrawRequest,
      response: Progress,
      status: 200,
      auth: 'user',
      idempotent: true,
    }),
    evaluate: endpoint({
      method: 'POST',
      path: '/applications/{number}/evaluation',
      summary: 'Evaluate a completed application (好差评), once',
      params: NumberParams,
      body: EvaluationCreate,
      response: Evaluation,
      status: 201,
      auth: 'user',
      idempotent: true,
    }),
    result: endpoint({
      method: 'GET',
      path: '/applications/{number}/result',
      summary:
        "Download the result document: the PDF sealed and signed with the department's seal at 制证 (response header `Yiwang-Result-Seal: signed`), else an unsigned rendering (`Yiwang-Result-Seal: unsigned`: a server without a sealer, or sealing failed)",
      params: NumberParams,
      response: BINARY,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
  },
  licenses: {
    list: endpoint({
      method: 'GET',
      path: '/licenses',
      summary: 'My e-licenses (电子证照)',
      response: LicenseList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
  },
  divisions: {
    children: endpoint({
      method: 'GET',
      path: '/divisions',
      summary: 'Children of a division (GB/T 2260); provinces without `parent`',
      query: DivisionChildrenQuery,
      response: DivisionList,
      status: 200,
      auth: 'public',
      idempotent: false,
      positional: ['parent'],
    }),
    path: endpoint({
      method: 'GET',
      path: '/divisions/{code}/path',
      summary: 'The divisions from the province down to a code',
      params: DivisionCodeParams,
      response: DivisionList,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
    search: endpoint({
      method: 'GET',
      path: '/divisions/search',
      summary: 'Search divisions by Chinese text, pinyin or initials',
      query: DivisionSearchQuery,
      response: DivisionList,
      status: 200,
      auth: 'public',
      idempotent: false,
      positional: ['q'],
    }),
  },
  addresses: {
    list: endpoint({
      method: 'GET',
      path: '/addresses',
      summary: 'My address book',
      response: AddressList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    create: endpoint({
      method: 'POST',
      path: '/addresses',
      summary: 'Add an address',
      body: AddressInput,
      response: Address,
      status: 201,
      auth: 'user',
      idempotent: true,
    }),
    update: endpoint({
      method: 'PUT',
      path: '/addresses/{id}',
      summary: 'Replace an address',
      params: AddressIdParams,
      body: AddressInput,
      response: Address,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    delete: endpoint({
      method: 'DELETE',
      path: '/addresses/{id}',
      summary: 'Delete an address',
      params: AddressIdParams,
      response: null,
      status: 204,
      auth: 'user',
      idempotent: false,
    }),
    parse: endpoint({
      method: 'POST',
      path: '/addresses/parse',
      summary: 'Split a pasted address line into its parts (smart paste)',
      body: AddressParseRequest,
      response: AddressParseResult,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  delivery: {
    coverage: endpoint({
      method: 'GET',
      path: '/delivery/coverage',
      summary: 'Whether EMS delivers results to a division',
      query: CoverageQuery,
      response: Coverage,
      status: 200,
      auth: 'public',
      idempotent: false,
      positional: ['divisionCode'],
    }),
  },
  agencyRequests: {
    create: endpoint({
      method: 'POST',
      path: '/agency-requests',
      summary: 'Ask for free pre-review and agency help (预审代办)',
      body: AgencyRequestCreate,
      response: AgencyRequest,
      status: 201,
      auth: 'user',
      idempotent: true,
    }),
    list: endpoint({
      method: 'GET',
      path: '/agency-requests',
      summary: 'My agency requests',
      response: AgencyRequestList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
  },
  me: {
    get: endpoint({
      method: 'GET',
      path: '/me',
      summary: 'The signed-in applicant',
      response: Profile,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
  },
  enterprises: {
    mine: endpoint({
      method: 'GET',
      path: '/me/enterprises',
      summary: 'My authorisations to act for enterprises (法人 / 经办人), live, expired and revoked',
      response: EnterpriseAuthorisationList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    agents: endpoint({
      method: 'GET',
      path: '/enterprises/{enterpriseId}/agents',
      summary: "An enterprise's authorisations (its 法人 only)",
      params: EnterpriseIdParams,
      response: EnterpriseAuthorisationList,
      status: 200,
      auth: 'user',
      idempotent: false,
    }),
    grantAgent: endpoint({
      method: 'POST',
      path: '/enterprises/{enterpriseId}/agents',
      summary: 'Authorise a person as the enterprise’s 经办人 (its 法人 only; the person must have signed in once)',
      params: EnterpriseIdParams,
      body: AgentGrant,
      response: EnterpriseAuthorisation,
      status: 201,
      auth: 'user',
      idempotent: false,
    }),
    revokeAgent: endpoint({
      method: 'DELETE',
      path: '/enterprises/{enterpriseId}/agents/{authorisationId}',
      summary: 'Revoke a 经办人’s authorisation (the enterprise’s 法人 only)',
      params: EnterpriseAgentParams,
      response: null,
      status: 204,
      auth: 'user',
      idempotent: false,
    }),
  },
  auth: {
    demoSignIn: endpoint({
      method: 'POST',
      path: '/auth/demo-sign-in',
      summary: 'Sign in as a seeded demo user (reference server only)',
      body: DemoSignIn,
      response: Session,
      status: 200,
      auth: 'public',
      idempotent: false,
    }),
  },
  operator: {
    act: endpoint({
      method: 'POST',
      path: '/operator/applications/{number}/actions',
      summary: 'Move an application through its lifecycle (operator token)',
      params: NumberParams,
      body: OperatorAction,
      response: Progress,
      status: 200,
      auth: 'operator',
      idempotent: true,
    }),
    clock: endpoint({
      method: 'GET',
      path: '/operator/clock',
      summary: 'The server clock (simulated or real)',
      response: Clock,
      status: 200,
      auth: 'operator',
      idempotent: false,
    }),
    setClock: endpoint({
      method: 'PUT',
      path: '/operator/clock',
      summary: 'Set or clear the simulated clock',
      body: ClockSet,
      response: Clock,
      status: 200,
      auth: 'operator',
      idempotent: false,
    }),
  },
  admin: {
    importCatalog: endpoint({
      method: 'POST',
      path: '/admin/catalog/imports',
      summary: 'Import a department catalog (事项清单; multipart field `file`: .json, .jsonl, .csv, .xlsx); a bad row writes nothing',
      query: CatalogImportQuery,
      body: MULTIPART,
      response: CatalogImportResult,
      status: 200,
      auth: 'admin',
      idempotent: true,
      optional: true,
    }),
    zeroResults: endpoint({
      method: 'GET',
      path: '/admin/search/zero-results',
      summary: 'The most frequent searches that found nothing (catalog administrator): words to add to the search dictionary',
      query: ZeroResultQuery,
      response: ZeroResultList,
      status: 200,
      auth: 'admin',
      idempotent: false,
    }),
    staffList: endpoint({
      method: 'GET',
      path: '/admin/staff',
      summary: 'The staff directory (identity numbers masked); a department administrator sees their department',
      query: StaffEntryQuery,
      response: StaffEntryList,
      status: 200,
      auth: 'admin',
      roles: ['department_admin'],
      idempotent: false,
    }),
    staffPut: endpoint({
      method: 'PUT',
      path: '/admin/staff',
      summary: 'Add or replace the directory entry of the person with this identity number: their department and roles at sign-in',
      body: StaffEntryPut,
      response: StaffEntry,
      status: 200,
      auth: 'admin',
      roles: ['department_admin'],
      idempotent: false,
    }),
    staffDelete: endpoint({
      method: 'DELETE',
      path: '/admin/staff/{id}',
      summary: 'Remove a staff directory entry',
      params: StaffEntryParams,
      response: null,
      status: 204,
      auth: 'admin',
      roles: ['department_admin'],
      idempotent: false,
    }),
    caseViews: endpoint({
      method: 'GET',
      path: '/admin/audit/case-views',
      summary: "The audit log of staff views of applicants' personal data, newest first",
      query: CaseViewAuditQuery,
      response: CaseViewAuditPage,
      status: 200,
      auth: 'admin',
      idempotent: false,
    }),
  },
  documents: {
    verify: endpoint({
      method: 'GET',
      path: '/verify/{documentNumber}',
      summary:
        'Verify a sealed result document by its number: valid, revoked or unknown, with what the document shows (names masked; rate limited)',
      params: DocumentNumberParams,
      response: DocumentVerification,
      status: 200,
      auth: 'public',
      idempotent: false,
      rateLimited: true,
    }),
    check: endpoint({
      method: 'POST',
      path: '/verify',
      summary:
        "Verify an uploaded result PDF (multipart field `file`): its seal signature over the signed bytes with the department's certificate, its number, and that it is byte for byte the document issued under that number (SHA-256): valid, tampered, revoked or unknown (rate limited)",
      body: MULTIPART,
      response: DocumentVerification,
      status: 200,
      auth: 'public',
      idempotent: false,
      rateLimited: true,
      optional: true,
    }),
    revoke: endpoint({
      method: 'POST',
      path: '/admin/documents/{documentNumber}/revoke',
      summary:
        "Revoke a sealed result document with a reason: the department's 制证 staff, a platform administrator or the administrator token",
      params: DocumentNumberParams,
      body: DocumentRevoke,
      response: DocumentVerification,
      status: 200,
      auth: 'admin',
      roles: ['certificate'],
      idempotent: true,
    }),
  },
  notifications: {
    outbox: endpoint({
      method: 'GET',
      path: '/admin/notifications',
      summary: "The outbox: messages to applicants, newest first, with each channel's delivery (mobiles masked)",
      query: OutboxQuery,
      response: OutboxPage,
      status: 200,
      auth: 'admin',
      idempotent: false,
    }),
    webhooks: endpoint({
      method: 'GET',
      path: '/admin/webhooks',
      summary: 'The webhook subscriptions of integrators (secrets are never shown again)',
      response: WebhookSubscriptionList,
      status: 200,
      auth: 'admin',
      idempotent: false,
    }),
    createWebhook: endpoint({
      method: 'POST',
      path: '/admin/webhooks',
      summary:
        'Subscribe a URL to notifications: signed POSTs (HMAC-SHA256, `Yiwang-Webhook-Signature`) in sequence order; the answer shows the secret once',
      body: WebhookSubscriptionCreate,
      response: WebhookSubscriptionCreated,
      status: 201,
      auth: 'admin',
      idempotent: true,
    }),
    deleteWebhook: endpoint({
      method: 'DELETE',
      path: '/admin/webhooks/{id}',
      summary: 'Remove a webhook subscription with its delivery log',
      params: WebhookParams,
      response: null,
      status: 204,
      auth: 'admin',
      idempotent: false,
    }),
    webhookDeliveries: endpoint({
      method: 'GET',
      path: '/admin/webhooks/{id}/deliveries',
      summary: "A subscription's delivery log in sequence order, each delivery with its attempts",
      params: WebhookParams,
      query: WebhookDeliveryQuery,
      response: WebhookDeliveryPage,
      status: 200,
      auth: 'admin',
      idempotent: false,
    }),
    replayWebhook: endpoint({
      method: 'POST',
      path: '/admin/webhooks/{id}/replay',
      summary: 'Send a delivery again, or every message from a sequence number on, in order',
      params: WebhookParams,
      body: WebhookReplay,
      response: WebhookReplayResult,
      status: 200,
      auth: 'admin',
      idempotent: true,
    }),
  },
  staff: {
    performance: endpoint({
      method: 'GET',
      path: '/staff/performance',
      summary:
        "My department's performance (绩效考核; every department for a platform administrator): the public figures and the overdue cases and 差评 awaiting 整改 by number",
      query: PerformanceQuery,
      response: StaffPerformance,
      status: 200,
      auth: 'admin',
      roles: ['intake', 'review', 'certificate', 'dispatch', 'department_admin'],
      idempotent: false,
    }),
    cases: endpoint({
      method: 'GET',
      path: '/staff/cases',
      summary: "My department's case queue, fewest working days left first",
      query: StaffCaseQuery,
      response: StaffCasePage,
      status: 200,
      auth: 'staff',
      idempotent: false,
    }),
    get: endpoint({
      method: 'GET',
      path: '/staff/cases/{number}',
      summary: "A case of my department with the applicant's answers, materials and events (each view is audited)",
      params: NumberParams,
      response: StaffCase,
      status: 200,
      auth: 'staff',
      idempotent: false,
    }),
    file: endpoint({
      method: 'GET',
      path: '/staff/cases/{number}/files/{fileId}',
      summary:
        "Open one of the applicant's files of a case (a material or a 补正 answer): staff of the handling departments only; each opening is audited",
      params: CaseFileParams,
      response: BINARY,
      status: 200,
      auth: 'staff',
      idempotent: false,
    }),
    accept: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/accept',
      summary: 'Accept a case in pre-review (受理)',
      params: NumberParams,
      body: CaseAccept,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['intake'],
      idempotent: true,
    }),
    reject: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/reject',
      summary: 'Refuse to accept a case (不予受理), with the reason',
      params: NumberParams,
      body: CaseReject,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['intake'],
      idempotent: true,
    }),
    supplement: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/supplement',
      summary: 'Request a 补正: the missing materials item by item, due in working days; under review the time limit pauses',
      params: NumberParams,
      body: CaseSupplement,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['intake', 'review'],
      idempotent: true,
    }),
    openTracks: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/tracks',
      summary: 'Start review of an accepted case: one track for the lead department and one per co-handling department (并联审查)',
      params: NumberParams,
      body: CaseTracksOpen,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['review'],
      idempotent: true,
    }),
    decideTrack: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/tracks/{department}/decision',
      summary: "My department's review opinion on its track (approve, or deny with the opinion)",
      params: TrackParams,
      body: CaseTrackDecision,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['review'],
      idempotent: true,
    }),
    decide: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/decision',
      summary: 'The lead department decides (决定) once every track is decided: approve, or deny with the reason',
      params: NumberParams,
      body: CaseDecision,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['review'],
      idempotent: true,
    }),
    certify: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/certify',
      summary: "Make the result (制证): the e-license goes into the applicant's wallet",
      params: NumberParams,
      body: CaseCertify,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['certificate'],
      idempotent: true,
    }),
    dispatch: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/dispatch',
      summary: 'Send the result by EMS (寄递: the given waybill, or one the carrier issues), or mark it ready at the window',
      params: NumberParams,
      body: CaseDispatch,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['dispatch'],
      idempotent: true,
    }),
    complete: endpoint({
      method: 'POST',
      path: '/staff/cases/{number}/complete',
      summary: 'Complete the case (办结): the result was delivered or picked up, or a denial needs nothing made',
      params: NumberParams,
      body: CaseComplete,
      response: StaffCaseSummary,
      status: 200,
      auth: 'staff',
      roles: ['review', 'dispatch'],
      idempotent: true,
    }),
  },
} as const;

export type Endpoints = typeof endpoints;
export type GroupName = keyof Endpoints;

/** Every endpoint with its `group.name` id, in table order. */
export function listEndpoints(): Array<{ id: string; group: string; name: string; def: EndpointDef }> {
  const out: Array<{ id: string; group: string; name: string; def: EndpointDef }> = [];
  for (const [group, members] of Object.entries(endpoints)) {
    for (const [name, def] of Object.entries(members as Record<string, EndpointDef>)) {
      out.push({ id: `${group}.${name}`, group, name, def });
    }
  }
  return out;
}

/** The placeholder names of a path, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string);
}

/** Positional argument names of an endpoint's SDK method. */
export function positionalNames(def: EndpointDef): readonly string[] {
  return def.positional ?? pathParamNames(def.path);
}
