import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput } from './app-error';

/**
 * Control characters no text of the app holds: the C0 controls but tab, line feed and carriage return, and DEL.
 * PostgreSQL cannot store NUL at all (a statement carrying one fails), and the others only garble lists and exports.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const CLIENT_INPUT = new Set<string>(['args', 'body', 'query', 'param']);

/** The first string of a client's value (its fields and items, however deep) holding a control character: its path, or null. */
export function controlCharacterAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterAt(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterAt(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Refuses any text a client sends (every GraphQL argument and input field, whatever its type's own rules) that holds a
 * control character, as a BAD_USER_INPUT naming the field, before anything reads or writes it.
 */
@Injectable()
export class ControlCharacterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const path = controlCharacterAt(value, metadata.data ? [metadata.data] : []);
    if (!path) return value;
    // The path within the argument, as the validation pipe names fields (`title`, `nodes.0.name`); the argument itself when it is a plain value.
    const field = path.length > 1 ? path.slice(1).join('.') : path[0] ?? 'input';
    const leaf = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? 'input';
    throw badInput('input.controlCharacter', { field: leaf }, { fields: [{ field, key: 'input.controlCharacter', params: { field: leaf } }] });
  }
}
