import { readFile } from 'node:fs/promises';
import { bomOf, decodeHtml, decodeText } from '@/src/epaper';

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

/** Leading bytes of formats that are never a page or text. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF file', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

/** What binary format the bytes are ("PNG image", "binary file"), or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  const bom = bomOf(bytes);
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') return null; // its NULs are text
  if (bytes.subarray(0, 8192).includes(0)) return 'binary file';
  return null;
}

/** Too many control characters or undecodable bytes for text (more than 8, and over 2%). */
function garbled(text: string): boolean {
  const head = text.slice(0, 8192);
  const bad = (head.match(/[\uFFFD\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g) ?? []).length;
  return bad > 8 && bad / Math.max(1, head.length) > 0.02;
}

const binary = (path: string, kind: string, what: string) => new InputError(`${path}: ${kind}, not ${what}`);

/**
 * Text of an .htm/.html input, decoded as a browser does (BOM, <meta charset>, UTF-8 or GB18030
 * sniff); InputError when empty or binary.
 */
export function htmlOf(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(`${path}: empty file`);
  const kind = binaryKind(bytes);
  if (kind) throw binary(path, kind, 'a page');
  const html = decodeHtml(bytes);
  if (garbled(html)) throw binary(path, 'binary file', 'a page');
  if (!html.trim()) throw new InputError(`${path}: empty page`);
  return html;
}

/**
 * Text of a .txt input (BOM, else UTF-8, else GB18030), without a byte-order mark; InputError
 * when empty or binary.
 */
export function textOf(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(`${path}: empty file`);
  const kind = binaryKind(bytes);
  if (kind) throw binary(path, kind, 'text');
  const decoded = decodeText(bytes);
  if (!decoded || garbled(decoded.text)) throw binary(path, 'binary file', 'text (neither UTF-8, UTF-16 nor GB18030)');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${path}: empty text`);
  return text;
}
