import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from './app-error';

/** Checks an ID argument is a well-formed id before it reaches the database; names the field when it is not. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) throw badInput('input.badId', { field: this.field });
    return value;
  }
}
