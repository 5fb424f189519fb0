import type { ErrorCode, ErrorDetail } from '@yiwang/contract';

/** A message in both UI languages; the server answers in the request's `Accept-Language`. */
export interface Message {
  zh: string;
  en: string;
}

/** An error a handler throws to answer with the contract's error envelope. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly text: Message;
  readonly details: ErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: ErrorCode, text: Message, options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    super(text.en);
    this.status = status;
    this.code = code;
    this.text = text;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export const notFound = (what: Message = { zh: '未找到', en: 'Not found' }) => new HttpError(404, 'NOT_FOUND', what);
export const conflict = (text: Message) => new HttpError(409, 'CONFLICT', text);
export const forbidden = (text: Message = { zh: '无权访问', en: 'Forbidden' }) => new HttpError(403, 'FORBIDDEN', text);
export const invalid = (details: ErrorDetail[], text: Message = { zh: '提交的内容有误', en: 'Invalid input' }) =>
  new HttpError(400, 'VALIDATION_FAILED', text, { details });
