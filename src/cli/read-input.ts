import { readFile } from 'node:fs/promises';

/** A bad input: the message is the one line printed on stderr. */
export class InputError extends Error {}

/** Bytes of a file, or an InputError saying why not. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
}

/** A binary file has NUL bytes, or bytes that are not UTF-8 text, in its head. */
export function isBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = new TextDecoder('utf-8').decode(head);
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 8 && bad / Math.max(1, text.length) > 0.02;
}

/** UTF-8 text of a .txt input, without a byte-order mark; InputError when empty or binary. */
export function textOf(path: string, bytes: Uint8Array): string {
  if (isBinary(bytes)) throw new InputError(`${path}: binary file, not text`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${path}: empty text`);
  return text;
}
