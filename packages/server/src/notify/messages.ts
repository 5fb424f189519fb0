// What an application event tells the applicant, as data: the outbox messages
// of a transition (pure; notify/outbox.ts writes them). Every status change is
// a message; a 补正 request carries its itemised materials and due date; a
// submission with 容缺 materials owed adds their due dates; a completed case adds
// the invitation to rate the service (邀评). Events that keep the status (a
// department's track opinion, a supplied 容缺 material) tell the applicant
// nothing new and make no message. Texts are plain text built from the data.
import type { NotificationData, NotificationKind } from '@yiwang/contract';
import type { LifecycleEvent, Snapshot } from '../applications/lifecycle.ts';
import { STATUS_NAMES } from '../applications/lifecycle.ts';

/** A message before it is stored (no id or sequence yet). */
export interface DraftMessage {
  kind: NotificationKind;
  at: Date;
  data: NotificationData;
  text: { zh: string; en: string };
}

/** The outbox messages of `events`, just recorded for the application `snapshot` now is. */
export function messagesFor(snapshot: Snapshot, events: readonly LifecycleEvent[]): DraftMessage[] {
  const { state, number } = snapshot;
  const about = { zh: `您申报的“${state.itemName}”（申报号 ${number}）`, en: `Your application ${number} (${state.itemName})` };
  const out: DraftMessage[] = [];
  for (const e of events) {
    if (e.from === e.to) continue;
    const step = { from: e.from, to: e.to };
    const supplement = state.supplements.at(-1);
    if (e.to === 'supplement_requested' && supplement) {
      const names = supplement.materials.map((m) => m.name);
      out.push({
        kind: 'supplement_requested',
        at: e.at,
        data: {
          ...step,
          supplement: { reason: supplement.reason, materials: supplement.materials.map((m) => ({ ...m })), dueDate: supplement.dueDate },
        },
        text: {
          zh: `${about.zh}需要补正材料：${names.join('、')}。原因：${supplement.reason}。请于 ${supplement.dueDate} 前登录办事大厅补正。`,
          en: `${about.en} needs further materials: ${names.join(', ')}. Reason: ${supplement.reason}. Please supply them by ${supplement.dueDate}.`,
        },
      });
    } else {
      const status = STATUS_NAMES[e.to];
      out.push({
        kind: 'status_changed',
        at: e.at,
        data: step,
        text: { zh: `${about.zh}状态更新为“${status.zh}”：${e.message}。`, en: `${about.en} is now ${status.en}.` },
      });
    }
    const owed = (state.deferred ?? []).filter((d) => d.suppliedAt === null);
    if (e.from === null && owed.length > 0) {
      out.push({
        kind: 'deferred_due',
        at: e.at,
        data: { ...step, deferred: owed.map((d) => ({ materialId: d.materialId, name: d.name, dueDate: d.dueDate })) },
        text: {
          zh: `${about.zh}有 ${owed.length} 项容缺材料待补交：${owed.map((d) => `${d.name}（${d.dueDate} 前）`).join('、')}。请按期补交。`,
          en: `${about.en} owes ${owed.length} deferred material${owed.length === 1 ? '' : 's'} (容缺): ${owed
            .map((d) => `${d.name} (by ${d.dueDate})`)
            .join(', ')}. Please supply them in time.`,
        },
      });
    }
    if (e.to === 'completed') {
      out.push({
        kind: 'evaluation_invited',
        at: e.at,
        data: step,
        text: {
          zh: `${about.zh}已办结。欢迎对本次服务作出评价（好差评），您的评价将用于改进政务服务。`,
          en: `${about.en} is completed. Please rate the service: your rating helps improve it.`,
        },
      });
    }
  }
  return out;
}
