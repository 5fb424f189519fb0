// The sealer the Node entry hands to the services: keys from YIWANG_SEAL_KEYS_DIR,
// else development keys kept in the database.
import type { ServerConfig } from '../config.ts';
import type { Db } from '../db/db.ts';
import { developmentKeys } from './dev-keys.ts';
import { directoryKeys, p12SealSigner } from './p12-signer.ts';
import type { ResultSealer } from './seal.ts';
import { createResultSealer } from './sealer.ts';

export function configuredSealer(config: ServerConfig): (db: Db) => ResultSealer {
  return (db) =>
    createResultSealer({
      signer: p12SealSigner(config.seal.keysDir ? directoryKeys(config.seal.keysDir, config.seal.keyPassphrase) : developmentKeys(db)),
      font: config.seal.font,
      fontName: config.seal.fontName,
    });
}
