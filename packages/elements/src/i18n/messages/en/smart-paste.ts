// The en half of the part in ../smart-paste.ts, loaded when an element on the page speaks English.
import type { MessagesOf } from '../../types.ts';
import type { zhCN } from '../zh-CN/smart-paste.ts';

export const en: MessagesOf<typeof zhCN> = {
  'addressPicker.paste.label': 'Whole address',
  'addressPicker.paste.placeholder': 'e.g. 河南省新乡市红旗区人民路12号 张三 13800000000',
  'addressPicker.paste.submit': 'Recognise and fill in',
  'addressPicker.paste.working': 'Recognising…',
  'addressPicker.paste.empty': 'Paste or type an address first.',
  'addressPicker.paste.nothing': 'No address could be recognised. Check the text and try again, or fill in the fields below.',
  'addressPicker.paste.filled': (fields) => `Filled in: ${fields}. Please check each of them.`,
  'addressPicker.paste.missing': (fields) => `Not recognised: ${fields}. Please fill them in.`,
  'addressPicker.paste.unparsed': (pieces) => `This text was not recognised, please check: ${pieces}`,
  'addressPicker.paste.deeper': 'The area is not chosen down to the last level yet; please keep choosing.',
  'addressPicker.listSeparator': ', ',
};
