// The type a message part's non-reference locales are written against. Kept
// apart from ./index.ts, which derives the whole table's type from the parts:
// the parts import this, not the index, so the two do not import each other.

/** Another locale's half of a message part: exactly the keys and arguments of the zh-CN half. */
export type MessagesOf<T> = { readonly [K in keyof T]: T[K] };
