import { openDB, type IDBPDatabase } from 'idb';
import { runUpgrades } from './migrations';
import { DB_NAME, DB_VERSION, type NegahDB } from './schema';

export type Store = IDBPDatabase<NegahDB>;

/**
 * Opens the reading list at `version`, upgrading it step by step (migrations.ts).
 * A failing migration aborts the upgrade: the database stays at its old version,
 * with its data, and the error reaches the caller.
 */
export function openStore(name = DB_NAME, version = DB_VERSION): Promise<Store> {
  let failure: unknown;
  return openDB<NegahDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      const anyDb = db as unknown as IDBPDatabase<unknown>;
      const anyTx = tx as unknown as Parameters<typeof runUpgrades>[3];
      runUpgrades(anyDb, oldVersion, newVersion ?? version, anyTx).catch((err: unknown) => {
        failure = err;
        tx.abort();
      });
    },
    blocking(_current, _blocked, event) {
      // Another context (a newer popup, the background after an update) is upgrading: let it.
      (event.target as IDBDatabase).close();
      forget();
    },
    terminated: forget,
  }).catch((err: unknown) => {
    throw failure ?? err;
  });
}

/**
 * One shared connection per context, opened on first use: concurrent callers wait
 * for the same open instead of racing (10ten's jpdict-idb does the same). A new
 * IndexedDB factory (tests) or a closed connection opens a fresh one.
 */
let shared: { factory: IDBFactory; db: Promise<Store> } | null = null;

export function getStore(): Promise<Store> {
  if (shared && shared.factory === indexedDB) return shared.db;
  const db = openStore();
  shared = { factory: indexedDB, db };
  db.then((conn) => conn.addEventListener('close', forget), forget);
  return db;
}

function forget(): void {
  shared = null;
}

export async function countClips(db: Store): Promise<number> {
  return db.count('clips');
}
