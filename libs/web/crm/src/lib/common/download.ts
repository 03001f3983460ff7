import { downloadBlob } from '@chainboard/web-ui';

/** Spreadsheet MIME type of the .xlsx files the API exports. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The bytes of a base64 string (the API sends files as base64 in GraphQL answers). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes as base64, in chunks so that large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A base64 file as a Blob of the given type (an .xlsx by default). */
export function base64ToBlob(base64: string, type: string = XLSX_MIME): Blob {
  return new Blob([base64ToBytes(base64)], { type });
}

/** A file name that is safe to save: no path separators or characters Windows refuses. */
export function safeFileName(name: string, fallback = 'export.xlsx'): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return cleaned.length > 0 ? cleaned : fallback;
}

/** Saves a base64 file the API sent (e.g. an export) under its file name. */
export function downloadBase64(fileName: string, base64: string, type: string = XLSX_MIME): void {
  downloadBlob(base64ToBlob(base64, type), safeFileName(fileName));
}

/** A file the user picked, as base64 (for an upload through GraphQL). */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
