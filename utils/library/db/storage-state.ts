export interface StorageState {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** Usage, quota and persistence from navigator.storage when there is one (null where unknown). */
export async function storageState(storage: StorageManager | undefined): Promise<StorageState> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate?.().catch(() => undefined),
    storage.persisted?.().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? null };
}

/** Asks the browser to keep the library through storage pressure; false when refused or unsupported. */
export async function persistStorage(storage: StorageManager | undefined): Promise<boolean> {
  return (await storage?.persist?.().catch(() => false)) ?? false;
}
