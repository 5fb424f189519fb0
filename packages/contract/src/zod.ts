// The one place the contract imports zod. `zod/mini` keeps the browser bundle
// small (about 5 KB gzip against 26 KB for the classic API), and `jitless`
// stops zod from compiling validators with `new Function`, which a strict
// Content-Security-Policy (`script-src 'self'`) on a government page forbids.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
