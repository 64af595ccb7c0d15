/**
 * The schema's upgrade ladder: UPGRADES[n - 1] turns a version n - 1 database
 * into version n. Each step is a shipped migration: append new ones, never edit
 * old ones. Steps see an untyped database on purpose — they must keep compiling
 * when later versions rename or drop what they created.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Upgrade = (db: AnyDB, tx: UpgradeTx) => Promise<void> | void;

/** Version 1: the first release. */
function v1(db: AnyDB): void {
  const clips = db.createObjectStore('clips', { keyPath: 'id' });
  clips.createIndex('url', 'url', { unique: true });
  clips.createIndex('savedAt', 'savedAt');
  clips.createIndex('published', 'published.gregorian');
  clips.createIndex('site', 'site');
  clips.createIndex('tags', 'tags', { multiEntry: true });
  clips.createIndex('entityIds', 'entityIds', { multiEntry: true });
  db.createObjectStore('bodies', { keyPath: 'id' });
  const terms = db.createObjectStore('terms', { keyPath: 'id' });
  terms.createIndex('terms', 'terms', { multiEntry: true });
  db.createObjectStore('entities', { keyPath: 'id' });
}

/**
 * Version 2: a clip remembers every address it was saved from (`urls`), so that
 * the toolbar knows a page is saved when the site's canonical link differs from
 * the address bar (AMP, mobile hosts, short links). Existing clips get [url].
 */
async function v2(_db: AnyDB, tx: UpgradeTx): Promise<void> {
  const clips = tx.objectStore('clips');
  clips.createIndex('urls', 'urls', { multiEntry: true });
  for (let cursor = await clips.openCursor(); cursor; cursor = await cursor.continue()) {
    const clip = cursor.value as { url: string; urls?: unknown };
    if (!Array.isArray(clip.urls)) await cursor.update({ ...clip, urls: [clip.url] });
  }
}

export const UPGRADES: readonly Upgrade[] = [v1, v2];

/** Runs the steps from `oldVersion` up to `newVersion` inside the versionchange transaction. */
export async function runUpgrades(db: AnyDB, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADES[version - 1];
    if (!step) throw new Error(`no migration to version ${version}`);
    await step(db, tx);
  }
}
