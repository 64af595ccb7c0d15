import { storage } from 'wxt/utils/storage';
import type { SortOrder } from '@/lib/store/list';

/** How the reader last ordered the list; kept on this machine only. */
export const listOrderItem = storage.defineItem<SortOrder>('local:listOrder', { fallback: 'saved' });
