import { useState } from 'preact/hooks';
import { ExportImportPanel, type ExportImportPanelProps, type ExportKind } from '@/components/ExportImportPanel';
import { useI18n } from '@/components/i18n';
import { createArticleSanitizer } from '@/lib/clip/sanitize';
import { toCslJson } from '@/lib/export/csl';
import { exportAll, toJsonText } from '@/lib/export/json';
import { clipToMarkdown, fileName } from '@/lib/export/markdown';
import { zip } from '@/lib/export/zip';
import { applyImport } from '@/lib/import/apply';
import { readImport } from '@/lib/import/read-file';
import { ImportError } from '@/lib/import/report';
import { getStore } from '@/lib/store/db';
import { loadCatalog } from '@/lib/store/list';
import { announceClipsChanged } from '@/utils/clip-events';
import { describeClipError } from '@/utils/clip-errors';
import { download } from '@/utils/download';
import { request } from '@/utils/messaging';

const today = () => new Date().toISOString().slice(0, 10);

async function markdownZip(): Promise<{ data: Uint8Array<ArrayBuffer>; count: number }> {
  const db = await getStore();
  const { clips, entities } = await loadCatalog(db);
  const sanitizer = createArticleSanitizer(window);
  const encoder = new TextEncoder();
  const taken = new Set<string>();
  const files = [];
  for (const clip of clips.sort((a, b) => a.savedAt - b.savedAt)) {
    const body = await db.get('bodies', clip.id);
    const article = body?.html ? sanitizer.fragment(body.html) : null;
    files.push({ name: fileName(clip, taken), data: encoder.encode(clipToMarkdown(clip, entities, article)) });
  }
  return { data: zip(files), count: clips.length };
}

/** Export and import for the options page: the reading list's only way out of and into this browser. */
export function ReadingListTools() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ExportImportPanelProps['message']>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (err) {
      if (err instanceof ImportError) setMessage({ kind: 'error', text: t('exportImportRefused'), problems: err.problems });
      else setMessage({ kind: 'error', text: t('exportImportFailed', describeClipError(err instanceof Error ? err.message : String(err), t)) });
    } finally {
      setBusy(false);
    }
  };

  const onExport = (kind: ExportKind) => void run(async () => {
    const db = await getStore();
    if ((await db.count('clips')) === 0) return setMessage({ kind: 'info', text: t('exportEmpty') });
    let count: number;
    if (kind === 'json') {
      const file = await exportAll(db);
      download(`negah-reading-list-${today()}.json`, toJsonText(file), 'application/json');
      count = file.clips.length;
    } else if (kind === 'csl') {
      const { clips } = await loadCatalog(db);
      clips.sort((a, b) => a.savedAt - b.savedAt);
      download(`negah-zotero-${today()}.json`, toCslJson(clips), 'application/vnd.citationstyles.csl+json');
      count = clips.length;
    } else {
      const archive = await markdownZip();
      download(`negah-markdown-${today()}.zip`, archive.data, 'application/zip');
      count = archive.count;
    }
    setMessage({ kind: 'info', text: t('exportDone', String(count)) });
  });

  const onImport = (file: File) => void run(async () => {
    const { items, entities } = await readImport(file);
    const report = await applyImport(await getStore(), items, entities);
    announceClipsChanged({ reason: 'imported', ids: items.map((i) => i.clip.id) });
    void request('clip:sync', {}).catch(() => undefined);
    setMessage({ kind: 'info', text: t('exportImportDone', String(report.total), String(report.added), String(report.updated), String(report.unchanged), String(report.keptNewer)) });
  });

  return <ExportImportPanel busy={busy} message={message} onExport={onExport} onImport={onImport} />;
}
