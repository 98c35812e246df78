/**
 * RFC 3161 over HTTP from the main process (PAdES B-T, issue 13): POSTs a
 * TimeStampReq to the company's TSA and answers the TimeStampResp bytes.
 */
export async function postTimeStampRequest(url: string, request: Uint8Array): Promise<Uint8Array> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query' },
    body: new Uint8Array(request),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`the time-stamping authority answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
