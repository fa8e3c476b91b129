export default async function globalTeardown(): Promise<void> {
  await globalThis.__DONDOC_E2E_APP__?.stop();
}
