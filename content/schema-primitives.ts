/**
 * The smallest schemas, in a module of their own so the panel's settings can use them without
 * bundling the whole content schema.
 */
import * as v from 'valibot';
import { isUkPhoneNumber } from './phone';

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'),
);

export const PhoneNumberSchema = v.pipe(v.string(), v.check(isUkPhoneNumber, 'not a well-formed UK phone number'));
