/**
 * One .zip of the Markdown export's files, so that a folder of notes is one download.
 * fflate writes it (UTF-8 names, deflated); it is small, pure JavaScript and well kept.
 */
import { zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export function zip(entries: ZipEntry[], when = new Date()): Uint8Array<ArrayBuffer> {
  const files = Object.fromEntries(entries.map((e) => [e.name, e.data]));
  return zipSync(files, { mtime: when }) as Uint8Array<ArrayBuffer>;
}
