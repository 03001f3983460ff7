import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from './app-error';

/** Checks an ID argument is a well-formed id before it reaches the database; names the field when it is not. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string | undefined> {
  constructor(
    private readonly field: string,
    private readonly opts: { optional?: boolean } = {},
  ) {}

  transform(value: unknown): string | undefined {
    if (this.opts.optional && (value === undefined || value === null)) return undefined;
    if (typeof value !== 'string' || !isUUID(value)) throw badInput('input.badId', { field: this.field });
    return value;
  }
}
