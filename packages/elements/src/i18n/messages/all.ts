// Registers every part of the message tables at once (all.js and the CDN
// script, which define every element); elsewhere an element registers its own
// parts when its first instance is created.
import { registerMessages } from '../index.ts';
import { MESSAGE_PARTS } from './parts.ts';

for (const part of MESSAGE_PARTS) registerMessages(part);
