/** Fetches an export with the tab's token and saves it as a file (a Blob behind an object URL). */
import { currentToken } from '../shared/session';
import { exportPath, fileNameFrom, type ExportFormat } from './rules/export';

/** A refused export: the answer's code (NETWORK when no answer came). */
export class ExportFailed extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function codeOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  } catch {
    return 'INTERNAL_SERVER_ERROR';
  }
}

/** Downloads the list's file as the signed-in user; resolves with the saved file's name. */
export async function downloadExport(list: string, format: ExportFormat, variables: Record<string, unknown>): Promise<string> {
  const token = currentToken();
  let res: Response;
  try {
    res = await fetch(exportPath(list, format), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ variables }),
    });
  } catch {
    throw new ExportFailed('NETWORK');
  }
  if (!res.ok) throw new ExportFailed(await codeOf(res));
  // A response cut off part-way (a page the graph refused) rejects here: no partial file is saved.
  const blob = await res.blob().catch(() => {
    throw new ExportFailed('INTERNAL_SERVER_ERROR');
  });
  const name = fileNameFrom(res.headers.get('content-disposition'), `${list}.${format}`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
