// The demo applications, in every lifecycle state (applications.ts seeds them).
// Plain data, so browser tests and stories can import it without the server.
//
// Their numbers and query codes are fixed so docs, stories and tests can use them:
//
//   number            query code  status                 owner            notes
//   YW2026110300001   ABC234      delivering             demo-person      EMS waybill with tracking events
//   YW2026110300002   NEW234      submitted              demo-person
//   YW2026110300003   PRE234      prereview              demo-enterprise
//   YW2026110300004   SUP234      supplement_requested   demo-enterprise  asked during review: deadline paused
//   YW2026110300005   ACC234      accepted               demo-person
//   YW2026110300006   REJ234      rejected               demo-person      不予受理 at prereview
//   YW2026110300007   REV234      reviewing              demo-enterprise  3 parallel tracks: approved, in progress ×2
//   YW2026110300008   DEC234      decided                demo-enterprise  approved
//   YW2026110300009   CER234      certifying             demo-person
//   YW2026110300010   END234      completed              demo-person      express, delivered, evaluated
//   YW2026110300011   END567      completed              demo-enterprise  pickup, not evaluated yet
//   YW2026110300012   WDN234      withdrawn              demo-person      withdrawn during review
//   YW2026110300013   DUE234      reviewing              demo-enterprise  overdue
//   YW2026110300014   DNY234      completed              demo-enterprise  denied (a track disagreed)
//   YW2026110300015   SUP567      supplement_requested   demo-person      asked during prereview
//
// The numbers keep the date part 20261103 whatever the submission times are (the
// times follow the clock; the numbers must not change). The daily sequence of
// 20261103 is reserved past them, so a real submission never collides.
import type { ApplicationStatus } from '@yiwang/contract';

export interface DemoApplication {
  number: string;
  queryCode: string;
  status: ApplicationStatus;
  owner: 'demo-person' | 'demo-enterprise';
  /** What makes it interesting. */
  note: string;
}

/** The date part of every demo number. */
export const DEMO_DAY = '20261103';
const n = (seq: number) => `YW${DEMO_DAY}${String(seq).padStart(5, '0')}`;

/** The seeded demo applications, with fixed numbers and query codes (see the table above). */
export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  { number: n(1), queryCode: 'ABC234', status: 'delivering', owner: 'demo-person', note: 'EMS in transit with tracking events' },
  { number: n(2), queryCode: 'NEW234', status: 'submitted', owner: 'demo-person', note: 'just submitted' },
  { number: n(3), queryCode: 'PRE234', status: 'prereview', owner: 'demo-enterprise', note: 'in pre-review' },
  {
    number: n(4),
    queryCode: 'SUP234',
    status: 'supplement_requested',
    owner: 'demo-enterprise',
    note: 'supplement asked during review; deadline paused',
  },
  { number: n(5), queryCode: 'ACC234', status: 'accepted', owner: 'demo-person', note: 'accepted, review not started' },
  { number: n(6), queryCode: 'REJ234', status: 'rejected', owner: 'demo-person', note: 'not accepted at pre-review' },
  { number: n(7), queryCode: 'REV234', status: 'reviewing', owner: 'demo-enterprise', note: 'three parallel tracks in mixed states' },
  { number: n(8), queryCode: 'DEC234', status: 'decided', owner: 'demo-enterprise', note: 'approved, not certified yet' },
  { number: n(9), queryCode: 'CER234', status: 'certifying', owner: 'demo-person', note: 'certificate being made' },
  { number: n(10), queryCode: 'END234', status: 'completed', owner: 'demo-person', note: 'delivered by EMS and evaluated' },
  { number: n(11), queryCode: 'END567', status: 'completed', owner: 'demo-enterprise', note: 'picked up at the window; can be evaluated' },
  { number: n(12), queryCode: 'WDN234', status: 'withdrawn', owner: 'demo-person', note: 'withdrawn during review' },
  { number: n(13), queryCode: 'DUE234', status: 'reviewing', owner: 'demo-enterprise', note: 'overdue' },
  { number: n(14), queryCode: 'DNY234', status: 'completed', owner: 'demo-enterprise', note: 'denied after a track disagreed' },
  { number: n(15), queryCode: 'SUP567', status: 'supplement_requested', owner: 'demo-person', note: 'supplement asked during pre-review' },
];
