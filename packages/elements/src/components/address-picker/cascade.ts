// The province → city → county → township cascade: which division is chosen at
// each level, and the list of each level. The provinces are built in
// (provinces.ts, the server's own list), so the picker shows them with no
// request; each level below is loaded from `divisions.children` (through the
// session cache) as the level above is chosen.
// Changing a level clears the levels below it. The shape of the data decides the
// levels, not a fixed table: a municipality's city level (北京市 → 北京市), a
// province-administered county (河南省 → 省直辖县级行政区划 → 济源市), a city
// whose townships hang directly under it (东莞市 → 东城街道), and a provincial
// unit with no divisions below (香港) all come out right.
import type { ReactiveController } from 'lit';
import { DIVISION_LEVELS } from '@yiwang/contract';
import type { Division, DivisionLevel, DivisionRef } from '@yiwang/contract';
import { DataController } from '../../base/controllers/data.ts';
import type { DataHost, DataState } from '../../base/controllers/data.ts';
import { divisionChildren } from './division-cache.ts';
import { PROVINCES } from './provinces.ts';

/** A chosen division: the full record once its level's list is in, else what a saved value knew. */
export type Choice = DivisionRef & Partial<Pick<Division, 'hasChildren' | 'postcode'>>;

/** Province, city, county, township. */
export const SLOTS = DIVISION_LEVELS.length;

export class Cascade implements ReactiveController {
  /**
   * The provinces, built in: no request, but like the levels below they need
   * the element's client, so a picker without api-base shows the shared
   * configuration error at once rather than after the first choice.
   */
  readonly root: DataController<Division[]>;
  /** The levels below, each loaded once the level above is chosen (a missing api-base is reported by the root). */
  private readonly below: Array<DataController<Division[], [string]>>;
  private readonly host: DataHost;
  /** The chosen divisions, province first. */
  private chosen: Choice[] = [];

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
    this.root = new DataController(host, {
      endpoint: 'divisions.children',
      call: () => Promise.resolve([...PROVINCES]),
    });
    this.below = [1, 2, 3].map(
      (slot) =>
        new DataController<Division[], [string]>(host, {
          endpoint: 'divisions.children',
          args: () => {
            const parent = this.parentAt(slot);
            return parent === null ? null : [parent];
          },
          call: (client, [parent], signal) => divisionChildren(client, parent, signal),
          secondary: true,
        }),
    );
  }

  get path(): readonly Choice[] {
    return this.chosen;
  }

  /** The deepest division chosen. */
  get last(): Choice | undefined {
    return this.chosen[this.chosen.length - 1];
  }

  /** Whether the chosen division is the last level there is. */
  get complete(): boolean {
    const last = this.last;
    if (!last) return false;
    if (last.level === 'township' || last.hasChildren === false) return true;
    const next = this.chosen.length < SLOTS ? this.optionsAt(this.chosen.length) : [];
    return next !== undefined && next.length === 0;
  }

  /** The code whose children fill a slot, or null while the slot above is not chosen (or is a leaf). */
  parentAt(slot: number): string | null {
    if (slot === 0) return '';
    const above = this.chosen[slot - 1];
    if (!above || above.level === 'township' || above.hasChildren === false) return null;
    return above.code;
  }

  /** A slot's options, once loaded for the current choice above it. */
  optionsAt(slot: number): Division[] | undefined {
    if (slot === 0) return this.root.state === 'complete' ? this.root.current : undefined;
    return this.below[slot - 1]?.current;
  }

  stateAt(slot: number): DataState {
    if (slot > 0) return this.below[slot - 1]!.state;
    const state = this.root.state;
    return state === 'initial' ? 'pending' : state;
  }

  errorAt(slot: number): unknown {
    return slot === 0 ? this.root.error : this.below[slot - 1]!.error;
  }

  retryAt(slot: number): void {
    if (slot === 0) void this.root.retry();
    else this.below[slot - 1]!.reload();
  }

  /** The level of a slot: from its options once loaded (东莞's third slot holds townships). */
  levelAt(slot: number): DivisionLevel {
    return this.optionsAt(slot)?.[0]?.level ?? this.chosen[slot]?.level ?? DIVISION_LEVELS[slot]!;
  }

  /** How many slots the picker shows: up to the township level, or the chosen leaf. */
  get slotCount(): number {
    for (let slot = 0; slot < SLOTS; slot++) {
      const choice = this.chosen[slot];
      if (this.levelAt(slot) === 'township') return slot + 1;
      if (choice && (choice.hasChildren === false || this.optionsAt(slot + 1)?.length === 0)) return slot + 1;
    }
    return SLOTS;
  }

  /** Chooses a division in a slot; the slots below are cleared. */
  choose(slot: number, division: Choice): void {
    this.chosen = [...this.chosen.slice(0, slot), division];
    this.host.requestUpdate();
  }

  /** Replaces the whole choice (a saved address, a search hit, a pasted line, a value from the page). */
  set(path: readonly Choice[]): void {
    this.chosen = path.slice(0, SLOTS);
    this.host.requestUpdate();
  }

  /** The deepest postcode known along the path (the data has none today; a licensed source would add them). */
  get postcode(): string | null {
    for (let i = this.chosen.length - 1; i >= 0; i--) if (this.chosen[i]!.postcode) return this.chosen[i]!.postcode!;
    return null;
  }

  hostConnected(): void {}

  /** Runs before each render (and before the level loaders read their parents). */
  hostUpdate(): void {
    // As the lists arrive, a saved choice becomes the full record (hasChildren,
    // postcode); a code its parent does not list is dropped with what is below it.
    let path = this.chosen;
    for (let slot = 0; slot < path.length; slot++) {
      const options = this.optionsAt(slot);
      if (!options) break;
      const found = options.find((d) => d.code === path[slot]!.code);
      if (!found) {
        path = path.slice(0, slot);
        break;
      }
      if (found !== path[slot]) path = [...path.slice(0, slot), found, ...path.slice(slot + 1)];
    }
    // A level with a single option is chosen at once: 北京市 → 北京市, 省直辖县级行政区划 → 济源市.
    const next = path.length > 0 && path.length < SLOTS ? this.optionsAt(path.length) : undefined;
    if (next?.length === 1) path = [...path, next[0]!];
    this.chosen = path;
  }
}
