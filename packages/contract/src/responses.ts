// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas by endpoint group, one dynamic import per group: a client
// loads (and a bundler splits off) only the schemas of the groups it calls.
export const responseSchemas = {
  departments: () => import('./responses/departments.ts'),
  items: () => import('./responses/items.ts'),
  catalog: () => import('./responses/catalog.ts'),
  forms: () => import('./responses/forms.ts'),
  drafts: () => import('./responses/drafts.ts'),
  files: () => import('./responses/files.ts'),
  applications: () => import('./responses/applications.ts'),
  licenses: () => import('./responses/licenses.ts'),
  divisions: () => import('./responses/divisions.ts'),
  addresses: () => import('./responses/addresses.ts'),
  delivery: () => import('./responses/delivery.ts'),
  agencyRequests: () => import('./responses/agencyRequests.ts'),
  me: () => import('./responses/me.ts'),
  enterprises: () => import('./responses/enterprises.ts'),
  auth: () => import('./responses/auth.ts'),
  operator: () => import('./responses/operator.ts'),
  admin: () => import('./responses/admin.ts'),
  documents: () => import('./responses/documents.ts'),
  notifications: () => import('./responses/notifications.ts'),
  staff: () => import('./responses/staff.ts'),
} as const;
