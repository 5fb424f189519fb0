// The carrier that posts results (寄递). An adapter issues the waybill number
// when staff dispatch without one, and reports a waybill's tracking events; a
// deployment plugs in its EMS account's adapter (ServiceOptions.carrier).
//
// Tracking is read, not pushed: when an application in 送达 is read (progress,
// the desk's case and queue, an evaluation), handling.ts asks the carrier for
// the waybill's events up to the server's now and records the new ones; the
// 已签收 event completes the application (办结, delivering → completed in the
// lifecycle table, as a `delivered` delivery event always has). No timer runs:
// with the simulated clock, events appear as the clock passes them.
//
// A real adapter calls the carrier's tracking API with the waybill number (EMS:
// the 邮件全程跟踪 query of the account) and maps its events; it may ignore
// `shipment`, which the development adapter needs because it has no API to ask.
import type { WorkingCalendar } from '../domain/workdays.ts';
import { generateWaybill } from '../applications/lifecycle.ts';

/** The steps of an EMS domestic timeline, in order. */
export type TrackingKind = 'accepted' | 'sorting' | 'out_for_delivery' | 'delivered';

/** One tracking event as the carrier reports it. */
export interface TrackingEvent {
  at: Date;
  kind: TrackingKind;
  location: string;
  /** What the tracker shows (the carrier's own wording). */
  description: string;
}

/** What the server knows of a posted result, for carriers that cannot look a waybill up. */
export interface Shipment {
  /** When it was handed to the carrier (寄递). */
  dispatchedAt: Date;
  /** The city it is posted from. */
  origin: string;
  /** Names of the recipient's divisions, province first. */
  destination: ReadonlyArray<{ level: string; name: string }>;
}

export interface Carrier {
  /** The carrier's name as the tracker shows it. */
  readonly name: 'EMS';
  /** A new waybill number for a result posted now. */
  issueWaybill(): string;
  /**
   * The waybill's tracking events that happened at or before `now`, oldest
   * first (the carrier's 收寄 event included). Called on reads of an
   * application in 送达; an adapter that calls a remote API should answer with
   * what it has (an empty list when the API is down: the next read asks again).
   */
  track(waybill: string, now: Date, shipment: Shipment): Promise<TrackingEvent[]>;
}

// Working hours of the development timeline: 08:00–18:00 Beijing time on working days.
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;
const OPEN_H = 8;
const CLOSE_H = 18;

/** `hours` working hours after `start` (working days of `calendar`, 08:00–18:00 Beijing time). */
export function addWorkingHours(start: Date, hours: number, calendar: WorkingCalendar): Date {
  let t = start.getTime() + OFFSET_MS; // Beijing wall-clock time as a UTC number
  let left = hours * 3600_000;
  for (let guard = 0; guard < 400; guard++) {
    const dayStart = Math.floor(t / DAY_MS) * DAY_MS;
    const open = dayStart + OPEN_H * 3600_000;
    const close = dayStart + CLOSE_H * 3600_000;
    const date = new Date(dayStart).toISOString().slice(0, 10);
    if (!calendar.isWorkingDay(date) || t >= close) {
      t = dayStart + DAY_MS + OPEN_H * 3600_000;
      continue;
    }
    if (t < open) t = open;
    if (t + left <= close) return new Date(t + left - OFFSET_MS);
    left -= close - t;
    t = dayStart + DAY_MS + OPEN_H * 3600_000;
  }
  throw new Error('No working hours within 400 days');
}

/**
 * The development carrier's timeline of a waybill: 收寄 at dispatch, then
 * 到达处理中心, 派送中 and 已签收 at working-hour offsets that depend on the
 * waybill's digits only (so one waybill always has the same timeline).
 */
export function developmentTimeline(waybill: string, shipment: Shipment, calendar: WorkingCalendar): TrackingEvent[] {
  const digits = waybill.replace(/\D/g, '');
  const jitter = (i: number) => Number(digits.at(-1 - i) ?? 0) % 3;
  const city = shipment.destination.find((d) => d.level === 'city')?.name ?? shipment.destination[0]?.name ?? shipment.origin;
  const last = shipment.destination.at(-1)?.name ?? city;
  const sorting = addWorkingHours(shipment.dispatchedAt, 3 + jitter(0), calendar);
  const out = addWorkingHours(shipment.dispatchedAt, 10 + jitter(1), calendar);
  const signed = addWorkingHours(out, 3 + jitter(2), calendar);
  return [
    {
      at: shipment.dispatchedAt,
      kind: 'accepted',
      location: shipment.origin,
      description: `【${shipment.origin}】EMS已收寄，揽投员已揽收`,
    },
    { at: sorting, kind: 'sorting', location: city, description: `【${city}】已到达${city}邮区中心局处理中心` },
    { at: out, kind: 'out_for_delivery', location: last, description: `【${last}】正在派送，投递员：王师傅，电话 13903730000` },
    { at: signed, kind: 'delivered', location: last, description: `【${last}】已签收，签收人：本人` },
  ];
}

/**
 * Issues random, well-formed domestic EMS numbers and a deterministic
 * timeline per waybill over the working calendar in force (read at each
 * call: an administrator may set a year); nothing is posted.
 */
export function developmentCarrier(calendar: () => WorkingCalendar): Carrier {
  return {
    name: 'EMS',
    issueWaybill: generateWaybill,
    async track(waybill, now, shipment) {
      return developmentTimeline(waybill, shipment, calendar()).filter((e) => e.at.getTime() <= now.getTime());
    },
  };
}
