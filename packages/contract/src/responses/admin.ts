// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the admin endpoints, by endpoint name.
export { CatalogImportResult as importCatalog } from '../catalog-admin.ts';
export { ZeroResultList as zeroResults } from '../catalog.ts';
export { StaffEntryList as staffList, StaffEntry as staffPut, CaseViewAuditPage as caseViews } from '../staff.ts';
export { HolidayCalendar as calendar, CalendarYear as calendarPut } from '../calendar.ts';
