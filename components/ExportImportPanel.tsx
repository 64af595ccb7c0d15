import { useI18n } from './i18n';

export type ExportKind = 'json' | 'markdown' | 'csl';

export interface ExportImportPanelProps {
  busy: boolean;
  /** The outcome of the last export or import; `problems` lists why a file was refused. */
  message: { kind: 'info' | 'error'; text: string; problems?: string[] } | null;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
}

/** Export the reading list in three formats, import a Negah or Pocket file, and say what happened. */
export function ExportImportPanel({ busy, message, onExport, onImport }: ExportImportPanelProps) {
  const { t } = useI18n();
  return (
    <section id="reading-list" class="export-import" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportSection')}</h2>
      <p class="muted">{t('exportIntro')}</p>
      <div class="export-buttons">
        <button type="button" disabled={busy} onClick={() => onExport('json')}>{t('exportJson')}</button>
        <button type="button" disabled={busy} onClick={() => onExport('markdown')}>{t('exportMarkdown')}</button>
        <button type="button" disabled={busy} onClick={() => onExport('csl')}>{t('exportCsl')}</button>
      </div>
      <label class="import-field">
        <span>{t('exportImportLabel')}</span>
        <input type="file" accept=".json,.csv,application/json,text/csv" disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // the same file can be chosen again
            if (file) onImport(file);
          }} />
      </label>
      {/* aria-live without role=status: the settings form above owns the page's status role. */}
      <div class={`export-message ${message?.kind ?? ''}`} aria-live="polite">
        {busy && <p>{t('exportWorking')}</p>}
        {!busy && message && <p dir="auto">{message.text}</p>}
        {!busy && message?.problems && (
          <ul class="problems">{message.problems.map((p) => <li key={p} dir="auto">{p}</li>)}</ul>
        )}
      </div>
    </section>
  );
}
