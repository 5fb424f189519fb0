// What an application event tells the applicant, as data: the outbox messages
// of a transition (pure; notify/outbox.ts writes them). Every status change is
// a message; a 补正 request carries its itemised materials and due date; a
// submission with 容缺 materials owed adds their due dates; a completed case adds
// the invitation to rate the service (邀评); a 补正 request the system ended
// unanswered says so; an appointment at the hall (offline
// channel) says when, where and what to bring; the 整改 of a 差评 tells what was
// done. Other events that keep the status
// (a department's track opinion, a supplied 容缺 material) tell the applicant
// nothing new and make no message. A 预审代办 request's events make
// `agency_updated` messages (agencyMessage). Texts are plain text built from the data.
import type { AgencyEventKind, AgencyStatus, NotificationData, NotificationKind, NotificationText } from '@yiwang/contract';
import type { LifecycleEvent, Snapshot } from '../applications/lifecycle.ts';
import { STATUS_NAMES, beijingTime } from '../applications/lifecycle.ts';
import { beijingDate } from '../domain/time.ts';

/** A message before it is stored (no id or sequence yet). */
export interface DraftMessage {
  kind: NotificationKind;
  at: Date;
  data: NotificationData;
  text: NotificationText;
}

/** How a message names the application it is about. */
const aboutApplication = ({ state, number }: Snapshot): NotificationText => ({
  zh: `您申报的“${state.itemName}”（申报号 ${number}）`,
  en: `Your application ${number} (${state.itemName})`,
});

/** The outbox messages of `events`, just recorded for the application `snapshot` now is. */
export function messagesFor(snapshot: Snapshot, events: readonly LifecycleEvent[]): DraftMessage[] {
  const { state } = snapshot;
  const about = aboutApplication(snapshot);
  const out: DraftMessage[] = [];
  for (const e of events) {
    const appointment = state.appointment;
    if (e.notice === 'appointment_set' && appointment) {
      const when = `${beijingDate(appointment.at)} ${beijingTime(appointment.at)}`;
      const bring = appointment.bring;
      out.push({
        kind: 'appointment_set',
        at: e.at,
        data: { from: e.from, to: e.to, appointment: { at: appointment.at, place: appointment.place, bring: [...bring] } },
        text: {
          zh: `${about.zh}已预约现场办理：${when}，地点：${appointment.place}。${bring.length ? `请携带：${bring.join('、')}。` : ''}`,
          en: `${about.en}: your appointment at the hall is ${when} (Beijing time), ${appointment.place}.${
            bring.length ? ` Please bring: ${bring.join(', ')}.` : ''
          }`,
        },
      });
      continue;
    }
    const rectification = state.evaluation?.rectification;
    if (e.notice === 'rectified' && rectification) {
      out.push({
        kind: 'evaluation_rectified',
        at: e.at,
        data: { from: e.from, to: e.to, rectification: { finding: rectification.finding, measures: rectification.measures } },
        text: {
          zh: `${about.zh}：针对您的评价，${rectification.by.department}已核实并完成整改。整改措施：${rectification.measures}。感谢您的监督。`,
          en: `${about.en}: ${rectification.by.department} has looked into your rating and acted on it. What was done: ${rectification.measures}. Thank you for your feedback.`,
        },
      });
      continue;
    }
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
      // The event's message is Chinese; where the system ended an unanswered 补正 request, the English text says why too.
      const en =
        e.notice === 'supplement_expired'
          ? `${about.en}: the requested materials (补正) were not supplied by the due date, so the system ended the request; the application is now ${status.en}.`
          : `${about.en} is now ${status.en}.`;
      out.push({ kind: 'status_changed', at: e.at, data: step, text: { zh: `${about.zh}状态更新为“${status.zh}”：${e.message}。`, en } });
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

/** One reminder to send: what is owed (each item a key of `due_reminders`), by when, and at which threshold. */
export interface PlannedReminder {
  subject: 'deferred' | 'supplement';
  /** A number of working days before the due date, or `overdue`. */
  threshold: string;
  dueDate: string;
  workingDaysLeft: number;
  overdue: boolean;
  items: Array<{ key: string; materialId: string; name: string }>;
}

/** A reminder of what is owed by a date (`due_reminder`): 容缺 materials or the answer to a 补正 request. */
export function reminderMessage(snapshot: Snapshot, plan: PlannedReminder, at: Date): DraftMessage {
  const { state } = snapshot;
  const about = aboutApplication(snapshot);
  const materials = plan.items.map((i) => ({ materialId: i.materialId, name: i.name }));
  const zhNames = materials.map((m) => m.name).join('、');
  const enNames = materials.map((m) => m.name).join(', ');
  const left = plan.workingDaysLeft;
  const when = {
    zh: left === 0 ? `今天（${plan.dueDate}）是最后期限` : `还剩 ${left} 个工作日，期限为 ${plan.dueDate}`,
    en: left === 0 ? `today (${plan.dueDate}) is the last day` : `${left} working day${left === 1 ? '' : 's'} left, due ${plan.dueDate}`,
  };
  let text: NotificationText;
  if (plan.subject === 'deferred') {
    text = plan.overdue
      ? {
          zh: `${about.zh}的容缺材料已逾期未补交（期限 ${plan.dueDate}）：${zhNames}。请尽快登录办事大厅补交。`,
          en: `${about.en}: deferred materials (容缺) were due ${plan.dueDate} and are still owed: ${enNames}. Please supply them as soon as possible.`,
        }
      : {
          zh: `${about.zh}有容缺材料待补交：${zhNames}，${when.zh}。请按期补交。`,
          en: `${about.en} still owes deferred materials (容缺): ${enNames}; ${when.en}. Please supply them in time.`,
        };
  } else {
    text = plan.overdue
      ? {
          zh: `${about.zh}已超过补正期限（${plan.dueDate}）仍未补正：${zhNames}。请尽快补正或联系${state.departmentName}。`,
          en: `${about.en}: the supplement (补正) was due ${plan.dueDate} and has not been made (${enNames}). Please make it as soon as possible or contact ${state.departmentName}.`,
        }
      : {
          zh: `${about.zh}的补正期限将至：${zhNames}，${when.zh}。请按期补正。`,
          en: `${about.en}: the supplement (补正) is due soon (${enNames}); ${when.en}. Please make it in time.`,
        };
  }
  return {
    kind: 'due_reminder',
    at,
    data: {
      from: snapshot.status,
      to: snapshot.status,
      reminder: { subject: plan.subject, materials, dueDate: plan.dueDate, workingDaysLeft: left, overdue: plan.overdue },
    },
    text,
  };
}

const AGENCY_STATUS_NAMES: Readonly<Record<AgencyStatus, NotificationText>> = {
  submitted: { zh: '已提交', en: 'submitted' },
  assigned: { zh: '已指派代办员', en: 'assigned to an agent' },
  in_progress: { zh: '代办中', en: 'in progress' },
  completed: { zh: '已完成', en: 'completed' },
  closed: { zh: '已取消', en: 'cancelled' },
};

/** What one event of a 预审代办 request tells the requester (`agency_updated`). */
export function agencyMessage(
  request: { number: string; itemName: string },
  e: { at: Date; kind: AgencyEventKind; status: AgencyStatus; note: string | null; agentName?: string | null },
): DraftMessage {
  const about = {
    zh: `您的帮办代办申请（编号 ${request.number}，“${request.itemName}”）`,
    en: `Your agency request ${request.number} (${request.itemName})`,
  };
  const status = AGENCY_STATUS_NAMES[e.status];
  const note = e.note ? { zh: `：${e.note}`, en: `: ${e.note}` } : { zh: '', en: '' };
  const what: Record<AgencyEventKind, { zh: string; en: string }> = {
    submitted: { zh: '已提交', en: 'was submitted' },
    assigned: {
      zh: `已指派代办员 ${e.agentName ?? ''}，代办员将与您联系`,
      en: `was assigned to ${e.agentName ?? 'an agent'}, who will contact you`,
    },
    progress: { zh: `有新进展${note.zh}`, en: `has progressed${note.en}` },
    applications_linked: { zh: `代办员已为您提交申报${note.zh}`, en: `has applications the agent filed for you${note.en}` },
    completed: { zh: `已完成${note.zh}`, en: `is completed${note.en}` },
    cancelled: { zh: `已取消${note.zh}`, en: `was cancelled${note.en}` },
  };
  const w = what[e.kind];
  return {
    kind: 'agency_updated',
    at: e.at,
    data: { agency: { event: e.kind, status: e.status, note: e.note } },
    text: { zh: `${about.zh}${w.zh}。当前状态：${status.zh}。`, en: `${about.en} ${w.en}. Status: ${status.en}.` },
  };
}
