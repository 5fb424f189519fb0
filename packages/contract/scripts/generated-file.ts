// A file generated from the contract and committed (openapi.json, the catalog
// import schema): written by the script, or with `--check` compared with what
// is committed, failing (exit 1) when they differ.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(file: URL, text: string, regenerate: string): void {
  const name = file.pathname.split('/').pop();
  if (!process.argv.includes('--check')) {
    writeFileSync(file, text);
    console.log(`wrote ${file.pathname}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing file: reported below
  }
  if (current !== text) {
    console.error(`${name} is out of date with the contract: run \`${regenerate}\` and commit it.`);
    process.exit(1);
  }
  console.log(`${name} is up to date`);
}
