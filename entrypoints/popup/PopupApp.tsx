import { useEffect, useState } from 'preact/hooks';
import { EmptyState } from '@/components/EmptyState';
import { PopupHeader } from '@/components/PopupHeader';
import type { Settings } from '@/lib/settings';
import { countClips, openStore } from '@/lib/store/db';
import { request } from '@/utils/messaging';

export interface PopupAppProps {
  settings: Settings;
  openOptions: () => void;
}

/** Wires the reading list (IndexedDB) and the background to the popup's components. */
export function PopupApp({ openOptions }: PopupAppProps) {
  const [count, setCount] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  useEffect(() => {
    void openStore().then(async (db) => {
      setCount(await countClips(db));
      db.close();
    });
  }, []);
  const save = async () => {
    setSaving(true);
    try {
      await request('clip:tab', {});
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <main class="popup">
      <PopupHeader onSave={() => void save()} onOpenOptions={openOptions} saving={saving} />
      {error && <p role="alert" class="error">{error}</p>}
      {count === 0 && <EmptyState />}
    </main>
  );
}
