import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, normaliseSettings, type Settings } from '@/lib/settings';

/** The settings, synced across the user's browsers, versioned with migrations. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(normaliseSettings(value)));
}
