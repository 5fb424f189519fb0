// Moving a case as its department's staff would, for the browser tests against
// the mock and the reference server: the demo staff accounts sign in (demo
// sign-in, as the desk's users do) and each step is the staff API call of the
// member whose role it needs — 受理 and 审查 by 王敏 (市场监督管理局), 公安局's
// opinion by 孙丽, 制证, 寄递 and 办结 by 赵磊. Cases of 市场监督管理局 (the
// fixtures' 个体工商户设立登记), optionally reviewed with 公安局 in parallel.
import type { ApplicationStatus, StaffCase, StaffCaseSummary } from '@yiwang/contract';
import { createClient } from '@yiwang/sdk';
import type { Client } from '@yiwang/sdk';

export type DemoStaff = 'demo-staff' | 'demo-staff-certificate' | 'demo-staff-gaj' | 'demo-staff-gaj-review';

/** The demo reviewer of each department that has one (catalog id → demo user). */
const REVIEWERS: Record<string, DemoStaff> = { scjg: 'demo-staff', gaj: 'demo-staff-gaj-review' };

export interface StaffDesk {
  /** An SDK client signed in as a demo staff member (on its first call). */
  client(user: DemoStaff): Client;
  /** Forgets the sessions: the next calls sign in again (after the simulated clock passed their expiry). */
  signInAgain(): void;
  /**
   * The next step of a case, as the staff whose role it takes: 受理 (from submitted, pre-review is its
   * own event), the review tracks (`coHandling` besides the lead), each open track's approval, 决定
   * (approve), 制证, 寄递 (EMS or ready at the window, as the applicant chose), 办结. Returns the new summary.
   */
  step(number: string, options?: { coHandling?: string[] }): Promise<StaffCaseSummary>;
  /** Steps until the case is in `status`; returns its summary. */
  moveTo(number: string, status: ApplicationStatus, options?: { coHandling?: string[] }): Promise<StaffCaseSummary>;
}

/** The demo staff of the server at `baseUrl` (the mock's or a reference server's). */
export function staffDesk(baseUrl: string): StaffDesk {
  let tokens = new Map<DemoStaff, Promise<string>>();
  const anonymous = createClient({ baseUrl, retry: 0 });
  const tokenOf = (user: DemoStaff): Promise<string> => {
    if (!tokens.has(user)) {
      const signedIn = anonymous.auth.demoSignIn({ userId: user }).then((s) => s.token);
      // A failed sign-in is not kept: the next call tries again.
      signedIn.catch(() => tokens.get(user) === signedIn && tokens.delete(user));
      tokens.set(user, signedIn);
    }
    return tokens.get(user)!;
  };
  const client = (user: DemoStaff) => createClient({ baseUrl, retry: 0, getToken: () => tokenOf(user) });
  const clerk = client('demo-staff');
  const certifier = client('demo-staff-certificate');

  const step = async (number: string, options: { coHandling?: string[] } = {}): Promise<StaffCaseSummary> => {
    const c: StaffCase = await clerk.staff.get(number);
    switch (c.status) {
      case 'submitted':
      case 'prereview':
        return clerk.staff.accept(number, {});
      case 'accepted':
        return clerk.staff.openTracks(number, { departments: options.coHandling ?? [] });
      case 'reviewing': {
        const open = (c.tracks ?? []).find((t) => t.state === 'pending' || t.state === 'in_progress');
        if (!open) return clerk.staff.decide(number, { outcome: 'approved' });
        const reviewer = open.departmentId ? REVIEWERS[open.departmentId] : undefined;
        if (!reviewer) throw new Error(`no demo reviewer of ${open.department} to decide its track of ${number}`);
        return client(reviewer).staff.decideTrack(number, open.departmentId!, { outcome: 'approved', opinion: '同意' });
      }
      case 'decided':
        return certifier.staff.certify(number, {});
      case 'certifying':
        return certifier.staff.dispatch(number, {});
      case 'delivering':
        return certifier.staff.complete(number, {});
      default:
        throw new Error(`case ${number} is ${c.status}: staff have nothing more to do`);
    }
  };

  return {
    client,
    signInAgain: () => {
      tokens = new Map();
    },
    step,
    moveTo: async (number, status, options = {}) => {
      for (let steps = 0; steps < 12; steps++) {
        const summary = await step(number, options);
        if (summary.status === status) return summary;
      }
      throw new Error(`case ${number} did not reach ${status}`);
    },
  };
}
