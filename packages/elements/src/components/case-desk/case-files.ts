// Opening the applicant's files of a case in the desk (a 补正 answer's files):
// the file is fetched with the staff member's token (`GET /staff/cases/{number}/files/{id}`,
// which the server writes to its audit log) and offered as an object URL the
// staff member opens; a link cannot carry the bearer token itself. The
// controller owns the object URLs and revokes them when the case changes or
// the element leaves the page. Rendering stays in the desk.
import type { ReactiveController } from 'lit';
import type { Client } from '@yiwang/sdk';
import { ActionController } from '../../base/controllers/action.ts';
import type { ActionHost } from '../../base/controllers/action.ts';

export interface OpenedFile {
  url: string;
  size: number;
}

export class CaseFilesController implements ReactiveController {
  private readonly host: ActionHost & { readonly client: Client | null };
  private readonly action: ActionController;
  private number = '';
  private readonly opened = new Map<string, OpenedFile>();
  /** The file being fetched, and the last failure (in words) by file id. */
  fetching: string | null = null;
  readonly errors = new Map<string, string>();

  constructor(host: ActionHost & { readonly client: Client | null }) {
    this.host = host;
    this.action = new ActionController(host, { serial: true });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.forget();
  }

  /** What is known of a file of case `number`: its object URL once fetched. */
  of(number: string, fileId: string): OpenedFile | null {
    if (number !== this.number) return null;
    return this.opened.get(fileId) ?? null;
  }

  /** Fetches a file of case `number`; true when its object URL is ready. */
  async fetch(number: string, fileId: string): Promise<boolean> {
    const client = this.host.client;
    if (!client) return false;
    if (number !== this.number) {
      this.forget();
      this.number = number;
    }
    this.errors.delete(fileId);
    this.fetching = fileId;
    const outcome = await this.action.run((signal) => client.staff.file(number, fileId, { signal }), 'staff.file');
    this.fetching = null;
    if (outcome.status === 'done' && number === this.number) {
      this.opened.set(fileId, { url: URL.createObjectURL(outcome.value), size: outcome.value.size });
    } else if (outcome.status === 'failed') this.errors.set(fileId, outcome.description.message);
    this.host.requestUpdate();
    return this.opened.has(fileId);
  }

  private forget(): void {
    for (const file of this.opened.values()) URL.revokeObjectURL(file.url);
    this.opened.clear();
    this.errors.clear();
  }
}
