import { z } from './zod.ts';
import { Id, Timestamp, text } from './common.ts';
import { Mobile } from './addresses.ts';
import { isValidUscc } from './validators/index.ts';

/** Body of a 预审代办 / 帮办代办 request: free pre-review and agency help for an item. */
export const AgencyRequestCreate = z.object({
  itemId: Id,
  contactName: text(50),
  mobile: Mobile,
  enterpriseName: z.optional(text(100)),
  uscc: z.optional(z.string().check(z.refine((s) => isValidUscc(s), { message: 'Not a 统一社会信用代码' }))),
  /** For enterprise investment projects: the project's name. */
  projectName: z.optional(text(100)),
  description: text(1000),
  preferredContact: z.enum(['phone', 'visit', 'online']),
});
export type AgencyRequestCreate = z.input<typeof AgencyRequestCreate>;

export const AgencyRequest = z.object({
  id: Id,
  number: z.string(),
  itemId: Id,
  itemName: z.string(),
  status: z.enum(['submitted', 'assigned', 'in_progress', 'completed', 'closed']),
  contactName: z.string(),
  /** Masked. */
  mobile: z.string(),
  projectName: z.nullable(z.string()),
  agent: z.nullable(z.object({ name: z.string(), phone: z.string() })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AgencyRequest = z.infer<typeof AgencyRequest>;

export const AgencyRequestList = z.object({ items: z.array(AgencyRequest) });
