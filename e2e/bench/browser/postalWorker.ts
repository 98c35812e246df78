import PostalMime from 'postal-mime';

/**
 * The floor of the import figure (issue 15): bare postal-mime over the same
 * mails, in a worker of the same page, nothing else — no checks, no store.
 * Answers with the time the parses took, measured inside the worker.
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<{ files: Uint8Array[] }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = async (event) => {
  const started = performance.now();
  let parsed = 0;
  for (const bytes of event.data.files) {
    try {
      await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
      parsed++;
    } catch {
      // a broken fixture: the floor counts the time it took to give up, as the import does
    }
  }
  scope.postMessage({ ms: performance.now() - started, parsed });
};
