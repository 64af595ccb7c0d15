import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type NegahDB } from './schema';

/**
 * Opens the reading list, upgrading it step by step. Each `if (oldVersion < N)`
 * block is a shipped migration: append new ones, never edit old ones.
 */
export function openStore(name = DB_NAME): Promise<IDBPDatabase<NegahDB>> {
  return openDB<NegahDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const clips = db.createObjectStore('clips', { keyPath: 'id' });
        clips.createIndex('url', 'url', { unique: true });
        clips.createIndex('savedAt', 'savedAt');
        clips.createIndex('published', 'published.gregorian');
        clips.createIndex('site', 'site');
        clips.createIndex('tags', 'tags', { multiEntry: true });
        clips.createIndex('entityIds', 'entityIds', { multiEntry: true });
        clips.createIndex('terms', 'terms', { multiEntry: true });
        db.createObjectStore('bodies', { keyPath: 'id' });
      }
    },
    blocking(_current, _blocked, event) {
      // Another context is upgrading: let it.
      (event.target as IDBDatabase).close();
    },
  });
}

export async function countClips(db: IDBPDatabase<NegahDB>): Promise<number> {
  return db.count('clips');
}
