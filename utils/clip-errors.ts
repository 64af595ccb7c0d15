import type { MessageKey, Translate } from '@/components/i18n';

/** Error codes that clipping and storage put at the start of their messages, and what to tell the reader. */
const KNOWN: Record<string, MessageKey> = {
  'storage-full': 'clipErrorStorageFull',
  'cannot-access': 'clipErrorCannotAccess',
  'not-http': 'clipErrorNotWeb',
  'too-large': 'clipErrorTooLarge',
  'no-tab': 'clipErrorNoTab',
};

/** A sentence for a failed clip or write; unknown failures keep their own text. */
export function describeClipError(message: string, t: Translate): string {
  const code = /(?:^|: )([a-z]+(?:-[a-z]+)*): /.exec(message)?.[1] ?? '';
  const key = KNOWN[code];
  if (key) return t(key);
  return t('clipErrorOther', message.replace(/^[a-z:-]+: /, '').slice(0, 300));
}
