// 多情形 situational guidance: a guide's questions ("经营场所是自有房产还是租赁
// 的？") narrow its material list to what the applicant's case needs, as the
// provincial portals do. Materials marked `conditional` are asked for only
// when a chosen answer lists them; every other material always applies.
import type { Guide, Material } from '@yiwang/contract';

/** Chosen option ids per situation id. */
export type Answers = Readonly<Record<string, readonly string[]>>;

export interface ApplicableMaterial {
  material: Material;
  /** Labels of the chosen answers that brought a conditional material in (empty for the others). */
  because: string[];
}

export interface MaterialList {
  /** The materials that apply, in the guide's order. */
  applicable: ApplicableMaterial[];
  /** Conditional materials that an answer still to be given could bring in. */
  pending: number;
}

/** The materials that apply for the answers given so far. */
export function materialsFor(guide: Pick<Guide, 'materials' | 'situations'>, answers: Answers): MaterialList {
  const because = new Map<string, string[]>();
  const reachable = new Set<string>();
  for (const situation of guide.situations) {
    const chosen = answers[situation.id] ?? [];
    for (const option of situation.options) {
      if (chosen.includes(option.id)) {
        for (const id of option.materialIds) because.set(id, [...(because.get(id) ?? []), option.label]);
      } else if (chosen.length === 0) {
        // An unanswered question may still add these.
        for (const id of option.materialIds) reachable.add(id);
      }
    }
  }
  const applicable: ApplicableMaterial[] = [];
  let pending = 0;
  for (const material of guide.materials) {
    const reasons = because.get(material.id);
    if (!material.conditional) applicable.push({ material, because: [] });
    else if (reasons) applicable.push({ material, because: reasons });
    else if (reachable.has(material.id)) pending++;
  }
  return { applicable, pending };
}

/** The answers after choosing (or, for a multiple-choice question, toggling) one option. */
export function answer(answers: Answers, situationId: string, optionId: string, multiple: boolean, checked: boolean): Answers {
  const current = answers[situationId] ?? [];
  const next = multiple
    ? checked
      ? [...current.filter((id) => id !== optionId), optionId]
      : current.filter((id) => id !== optionId)
    : [optionId];
  return { ...answers, [situationId]: next };
}
