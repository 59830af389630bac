// How much of the browser's storage this site uses, for messages about a full or refused save.
const mb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`);

export function formatStorageUse(usageBytes: number, quotaBytes: number): string {
  return `${mb(usageBytes)} of ${mb(quotaBytes)} used (${Math.min(100, (usageBytes / quotaBytes) * 100).toFixed(0)} %)`;
}

/** "48.2 MB of 1.2 GB used (4 %)", or null where the browser does not say. */
export async function storageUse(): Promise<string | null> {
  try {
    const est = await globalThis.navigator?.storage?.estimate?.();
    if (!est || !Number.isFinite(est.usage) || !est.quota) return null;
    return formatStorageUse(est.usage!, est.quota);
  } catch {
    return null;
  }
}

/** Whether an error is the browser refusing for lack of space. */
export const isQuotaError = (e: unknown) => (e as Error)?.name === 'QuotaExceededError' || /quota/i.test((e as Error)?.message ?? '');
