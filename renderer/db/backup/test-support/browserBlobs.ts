/**
 * What dexie-export-import expects of a browser that Node 20 lacks: `self`
 * (read when the module loads) and FileReader (it reads the export's Blob
 * a chunk at a time). Import this before dexie-export-import in a test.
 */
const scope = globalThis as Record<string, unknown>;
scope.self ??= globalThis;

class NodeFileReader {
  result: string | ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly listeners: Record<string, ((event: unknown) => void)[]> = {};

  addEventListener(type: string, listener: (event: unknown) => void): void {
    (this.listeners[type] ??= []).push(listener);
  }

  private settle(read: Promise<string | ArrayBuffer>): void {
    // a browser fires FileReader's events in a later task, after IndexedDB has committed an idle transaction:
    // so does this one, or a test would pass where Chromium loses the transaction
    read.then((result) => new Promise<string | ArrayBuffer>((resolve) => setTimeout(() => resolve(result), 5))).then(
      (result) => {
        this.result = result;
        const event = { target: this };
        this.onload?.(event);
        for (const l of this.listeners.load ?? []) l(event);
      },
      (error: unknown) => {
        this.error = error;
        const event = { target: this };
        this.onerror?.(event);
        for (const l of this.listeners.error ?? []) l(event);
      },
    );
  }

  readAsText(blob: Blob): void {
    this.settle(blob.text());
  }

  readAsArrayBuffer(blob: Blob): void {
    this.settle(blob.arrayBuffer());
  }

  readAsBinaryString(blob: Blob): void {
    this.settle(blob.arrayBuffer().then((b) => String.fromCharCode(...new Uint8Array(b))));
  }
}

scope.FileReader ??= NodeFileReader;
