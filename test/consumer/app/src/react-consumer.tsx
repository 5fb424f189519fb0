// (2) The React wrapper of one element, with a typed event prop.
import { YwItemSearch } from '@yiwang/elements/react/item-search';
import { YwConfig } from '@yiwang/elements/react/config';
import type { YwSelectEvent } from '@yiwang/elements';

type NotAny<T> = 0 extends 1 & T ? never : T;
const notAny = <T,>(value: NotAny<T>): T => value as T;

export function Search() {
  return (
    <YwConfig apiBase="/api/v1">
      <YwItemSearch
        onYwSelect={(event) => {
          const typed: YwSelectEvent = notAny(event);
          const id: string = notAny(typed.detail.itemId);
          console.log(id);
        }}
      />
    </YwConfig>
  );
}
