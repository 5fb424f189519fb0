// The device copy of a draft (localStorage). Form data only — never a token —
// and only while the applicant has not opted out ("在本设备保存草稿" unchecked, or
// `no-local-draft` on the element); cleared after a successful submission.
// localStorage can throw (storage disabled, quota, Safari private windows):
// every access is guarded and a failure means "no device copy".

const PREFIX = 'yiwang:form:';
const OPT_OUT = `${PREFIX}opt-out`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Whether the applicant chose not to keep drafts on this device. */
export function optedOut(): boolean {
  return storage()?.getItem(OPT_OUT) === '1';
}

export function setOptedOut(value: boolean): void {
  try {
    if (value) storage()?.setItem(OPT_OUT, '1');
    else storage()?.removeItem(OPT_OUT);
  } catch {
    // Not persisted: the choice holds for this page only.
  }
}

/** A record kept under `yiwang:form:<kind>:<formId>:<user>`. */
export class DeviceRecord<T> {
  private readonly key: string;

  constructor(kind: string, formId: string, user: string) {
    this.key = `${PREFIX}${kind}:${formId}:${user}`;
  }

  read(): T | null {
    try {
      const text = storage()?.getItem(this.key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  }

  write(value: T): boolean {
    try {
      storage()?.setItem(this.key, JSON.stringify(value));
      return !!storage();
    } catch {
      return false;
    }
  }

  remove(): void {
    try {
      storage()?.removeItem(this.key);
    } catch {
      // Nothing stored that could be removed.
    }
  }
}
