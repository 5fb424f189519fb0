// Sealed result document benchmark (not a test): the size of one signed
// result PDF and the time to draw, seal and sign one, with a development key
// (RSA-2048) and the system's Noto Serif CJK collection. The first run includes
// reading the font collection and opening the PKCS#12; the others reuse both,
// as a running server does.
//
//   node --conditions=yiwang-source bench/seal.ts [runs=10] [out.pdf]
import { writeFileSync } from 'node:fs';
import { defaultConfig } from '../packages/server/src/config.ts';
import { createDevelopmentKey } from '../packages/server/src/seal/dev-keys.ts';
import { p12SealSigner } from '../packages/server/src/seal/p12-signer.ts';
import { createResultSealer } from '../packages/server/src/seal/sealer.ts';

const RUNS = Number(process.argv[2] ?? 10);
const OUT = process.argv[3];
const department = { id: 'scjg', name: '新乡经济技术开发区市场监督管理局' };
const key = createDevelopmentKey(department);
const config = defaultConfig();
const sealer = createResultSealer({ signer: p12SealSigner(async () => key), font: config.seal.font, fontName: config.seal.fontName });

const times: number[] = [];
let pdf: Uint8Array = new Uint8Array();
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  pdf = await sealer.seal({
    documentNumber: `YWD2026120600${String(i + 1).padStart(3, '0')}`,
    title: '准予行政许可决定书',
    department,
    lines: ['申请人：张三', '事项：食品经营许可（新办）', '经审查，申请材料齐全、符合法定形式，准予办理。', '证照编号：JY14107110000001'],
    issuedAt: new Date('2026-12-06T04:00:00Z'),
  });
  times.push(performance.now() - started);
}
if (OUT) writeFileSync(OUT, pdf);
const rest = times.slice(1).sort((a, b) => a - b);
const median = rest.length ? rest[Math.floor(rest.length / 2)]! : times[0]!;
console.log(`signed result PDF: ${pdf.length} bytes`);
console.log(`first seal (font read, key opened): ${times[0]!.toFixed(0)} ms`);
if (rest.length)
  console.log(
    `seal and sign, median of ${rest.length}: ${median.toFixed(1)} ms (min ${rest[0]!.toFixed(1)}, max ${rest.at(-1)!.toFixed(1)})`,
  );
