/**
 * Whether reminders are on for this document, who turned them on, and what the last run did:
 * document properties, so every coordinator's sidebar sees the same state (a trigger is visible
 * only to the user who created it).
 */
export const STATUS_KEY = 'dvk.reminders';

export interface LastRun {
  /** ISO time of the run. */
  at: string;
  today: string;
  sent: number;
  postponed: number;
  failed: number;
  noAddress: number;
  digest: 'sent' | 'failed' | 'none';
  message: string;
}

export interface StoredStatus {
  enabled: boolean;
  /** The coordinator whose trigger sends (mail goes out from their account). */
  by?: string;
  hour?: number;
  since?: string;
  lastRun?: LastRun;
}

export function loadStatus(): StoredStatus {
  try {
    const v = JSON.parse(PropertiesService.getDocumentProperties().getProperty(STATUS_KEY) ?? '');
    return v && typeof v.enabled === 'boolean' ? v : { enabled: false };
  } catch {
    return { enabled: false };
  }
}

export function saveStatus(s: StoredStatus): void {
  PropertiesService.getDocumentProperties().setProperty(STATUS_KEY, JSON.stringify(s));
}
