// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the staff endpoints, by endpoint name.
export { StaffPerformance as performance } from '../performance.ts';
export {
  StaffCasePage as cases,
  StaffCase as get,
  StaffCaseSummary as accept,
  StaffCaseSummary as reject,
  StaffCaseSummary as supplement,
  StaffCaseSummary as openTracks,
  StaffCaseSummary as decideTrack,
  StaffCaseSummary as decide,
  StaffCaseSummary as certify,
  StaffCaseSummary as dispatch,
  StaffCaseSummary as complete,
  StaffCaseSummary as suspend,
  StaffCaseSummary as resume,
  StaffCaseSummary as extend,
  StaffCaseSummary as appointment,
} from '../staff.ts';
export { Evaluation as rectify } from '../applications.ts';
export {
  ColleagueList as colleagues,
  StaffAgencyPage as agencyRequests,
  StaffAgencyRequest as agencyRequest,
  StaffAgencyRequest as agencyAssign,
  StaffAgencyRequest as agencyProgress,
  StaffAgencyRequest as agencyLink,
  StaffAgencyRequest as agencyComplete,
  StaffAgencyRequest as agencyCancel,
} from '../agency.ts';
