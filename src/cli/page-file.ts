import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Reads a saved page, gunzipping `.gz`, as a UTF-8 string (a Buffer would make jsdom trust a lying <meta charset>). */
export function readPageFile(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}
