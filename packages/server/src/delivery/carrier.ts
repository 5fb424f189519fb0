// The carrier that posts results (寄递). An adapter issues the waybill number
// when staff dispatch without one; a deployment plugs in its EMS account's
// adapter (ServiceOptions.carrier). The development adapter issues 13-digit
// domestic EMS numbers locally; tracking events stay those the lifecycle
// records (the operator's delivery events, or 办结 on delivery).
import { generateWaybill } from '../applications/lifecycle.ts';

export interface Carrier {
  /** The carrier's name as the tracker shows it. */
  readonly name: 'EMS';
  /** A new waybill number for a result posted now. */
  issueWaybill(): string;
}

/** Issues random, well-formed domestic EMS numbers; nothing is posted. */
export const developmentCarrier: Carrier = {
  name: 'EMS',
  issueWaybill: generateWaybill,
};
